# statistics: variance, pvariance, stdev, pstdev, quantiles
import statistics as st
from fractions import Fraction as F

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4, 5]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1, 2, 3]))
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, m), st.stdev(data, m))
print(st.variance(iter([1, 3, 5])), st.variance([5, 5, 5]), st.pstdev([7]))
print(type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 2])).__name__)
for fn, arg in [(st.variance, [1]), (st.pvariance, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, 'StatisticsError:', e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110,
                    100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86,
                    111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
print(st.quantiles([1.5, 2.5, 7.0, 9.5], n=3, method='inclusive'))
print(st.quantiles([10, 20], n=2))
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print('StatisticsError:', e)
try:
    st.quantiles([1, 2, 3], method='middle')
except ValueError as e:
    print('ValueError:', e)
scores = [88, 92, 79, 93, 85, 91, 77, 84]
print(round(st.stdev(scores), 10), round(st.pstdev(scores), 10))

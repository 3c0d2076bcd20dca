# statistics: mean, fmean, geometric/harmonic mean, median family, mode
import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]))
print(st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean([0.1, 0.2, 0.3]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(st.mean([1, 2.5]), st.mean(iter([10, 20, 30])), st.mean(range(101)))
print(st.mean([True, False, True]), type(st.mean([1, 2])).__name__)
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3, 4])), st.fmean([1]))
print(round(st.geometric_mean([54, 24, 36]), 9))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([5]))
print(st.harmonic_mean([1, 0, 3]), st.harmonic_mean([F(1, 2), F(1, 3)]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([5, 1, 3, 2]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([1, 3, 5]))
print(st.median(['b', 'c', 'a']), st.median_high(['d', 'a', 'c', 'b']))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median([2.5, 3.5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red']))
print(st.mode([1, 2, 2, 1]), st.mode('aabbbc'), st.mode([3.5]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([1, 2, 3]))
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.fmean, []),
                (st.harmonic_mean, []), (st.median_low, []), (st.median_high, []),
                (st.harmonic_mean, [1, -2]),
                (st.median_grouped, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, 'StatisticsError:', e)
print(issubclass(st.StatisticsError, ValueError))
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(st.mean([F(1, 2), 0.5]), st.mean([1, F(1, 2)]))

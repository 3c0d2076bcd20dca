# statistics: result types for int, float, Fraction and bool data; iterators; mixing
import statistics as st
from fractions import Fraction as F

for data in ([1, 2, 3, 4], [1, 2, 3], [1.0, 2.0], [F(1, 2), F(3, 4)], [True, False, True, True]):
    out = []
    for fn in (st.mean, st.median, st.median_low, st.median_high, st.mode):
        r = fn(data)
        out.append('%s:%r' % (type(r).__name__, r))
    print(' '.join(out))
for data in ([1, 2, 3, 4], [2.5, 3.5, 7.5], [F(1, 3), F(2, 3), F(1, 1)]):
    r = [st.variance(data), st.pvariance(data)]
    print([(type(x).__name__, x) for x in r], type(st.stdev(data)).__name__)
print(st.mean(x * x for x in range(5)) if False else st.mean([x * x for x in range(5)]))
print(st.median(iter([5, 3, 1])), st.mode(iter('abca')), st.fmean(x / 2 for x in range(5)))
print(st.mean([1, 2.5, F(1, 2)]), st.variance([1, 2.5, 4]), st.pvariance([0, 0, 3]))
print(st.mean([1e300, 1e300]), st.mean([1e-3, 3e-3]))
print(st.median_grouped([1.5, 2.5, 2.5, 3.5], interval=0.5), st.median_grouped([10, 20, 20, 30], 10))
print(st.multimode([3, 1, 3, 1, 2]), st.multimode('xyzzyx'), st.mode([(1, 2), (1, 2), (3,)]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([F(1), F(2), F(4)]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([F(1), F(2), F(3)], n=2))
try:
    st.variance([1, 'a'])
except TypeError as e:
    print('TypeError', e)
print(st.mean([-3, -1]), st.median([-3, -1]), st.variance([-5, 5]), st.harmonic_mean([F(1, 2), 1]))
print(round(st.geometric_mean([2, 8]), 12), round(st.fmean([0.1] * 10), 15))

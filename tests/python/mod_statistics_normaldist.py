# statistics.NormalDist
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.cdf(130) - n.cdf(70), n.pdf(100), n.inv_cdf(0.975), n.inv_cdf(1e-12))
print(NormalDist().inv_cdf(0.5), NormalDist().inv_cdf(0.9), NormalDist().inv_cdf(0.01))
print(n.quantiles(), [round(q, 6) for q in n.quantiles(10)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 2, -a, +a, a + 1, 1 + a, 10 - a)
print(a == NormalDist(10, 3), a == NormalDist(10, 3.5), a == 10, hash(a) == hash(NormalDist(10.0, 3.0)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s)
print(NormalDist(0, 1).samples(5, seed=42))
print(len(NormalDist(5, 2).samples(3, seed=1)), NormalDist(5, 2).samples(3, seed=1) == NormalDist(5, 2).samples(3, seed=1))
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5),
            lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
            lambda: NormalDist(0, 0).overlap(NormalDist())]:
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)
try:
    NormalDist().overlap(5)
except TypeError as e:
    print('TypeError', e)
print(NormalDist(1, 2).cdf(1), round(NormalDist().pdf(0), 15), NormalDist(mu=-3.5, sigma=0.25))

#!/usr/bin/env python3
"""Independent reference for the CDNOW numbers pinned in tests/core/tst_bgnbdmodel.cpp,
tst_probabilisticclv.cpp and tests/cli/tst_valuedeskcliclv.cpp.

A second implementation, Python standard library only (no lifetimes, no SciPy): reads
../cdnow_sample_tx.csv, merges one customer's rows per day, builds the calibration summary
(calibration to 1997-09-30, weeks = days / 7), fits BG/NBD (Fader, Hardie & Lee 2005) and
Gamma-Gamma (Fader & Hardie 2013) by Nelder-Mead in log-parameters, and evaluates the closed
forms with a plain series for 2F1. Not run by ctest; run it by hand when a pinned number is
questioned:  python3 bgnbd_clv.py   (about 5 s)
"""
import csv
import math
import os
from collections import OrderedDict, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLISHED = (0.243, 4.414, 0.793, 2.426)


def load(path):
    days = OrderedDict()
    with open(path) as f:
        rows = csv.reader(f)
        next(rows)
        for cid, d, amount in rows:
            y, m, dd = map(int, d.split('-'))
            days.setdefault(cid, defaultdict(float))[date(y, m, dd)] += float(amount)
    return days


def summary(days, cal_end, hold_end, unit=7.0):
    """(id, x, t_x, T, mean repeat spend, holdout purchase days); a later day is a purchase
    only when its net amount is > 0 (CDNOW has no such day after a first one)."""
    out = []
    for cid, dd in days.items():
        ds = sorted(dd)
        first = ds[0]
        if first > cal_end:
            continue
        rep = [d for d in ds[1:] if d <= cal_end and dd[d] > 0]
        hold = [d for d in ds[1:] if cal_end < d <= hold_end and dd[d] > 0]
        net = sum(dd[d] for d in ds[1:] if d <= cal_end)
        x = len(rep)
        last = rep[-1] if rep else first
        out.append((cid, x, (last - first).days / unit, (cal_end - first).days / unit,
                    net / x if x else 0.0, len(hold)))
    return out


def hyp2f1(a, b, c, z):
    s = t = 1.0
    k = 0
    while True:
        t *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
        s += t
        k += 1
        if abs(t) < 1e-17 * abs(s):
            return s


def expected_purchases(p, t, x, tx, T):
    """E[Y(t) | x, t_x, T], FHL 2005 eq. (10)."""
    r, al, a, b = p
    h = hyp2f1(r + x, b + x, a + b + x - 1, t / (al + T + t)) * ((al + T) / (al + T + t)) ** (r + x)
    num = (a + b + x - 1) / (a - 1) * (1 - h)
    return num / (1 + (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x)) if x > 0 else num


def p_alive(p, x, tx, T):
    r, al, a, b = p
    return 1.0 if x == 0 else 1 / (1 + (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x))


def bgnbd_ll(p, x, tx, T):
    r, al, a, b = p
    a1 = math.lgamma(r + x) - math.lgamma(r) + r * math.log(al)
    a2 = math.lgamma(a + b) + math.lgamma(b + x) - math.lgamma(b) - math.lgamma(a + b + x)
    a3 = -(r + x) * math.log(al + T)
    if x == 0:
        return a1 + a2 + a3
    a4 = math.log(a) - math.log(b + x - 1) - (r + x) * math.log(al + tx)
    return a1 + a2 + math.log(math.exp(a3) + math.exp(a4))


def gg_ll(g, x, m):
    p, q, v = g
    return (math.lgamma(p * x + q) - math.lgamma(p * x) - math.lgamma(q) + q * math.log(v)
            + (p * x - 1) * math.log(m) + p * x * math.log(x) - (p * x + q) * math.log(v + m * x))


def nelder_mead(f, x0, step, tol=1e-12, maxit=20000):
    n = len(x0)
    pts = [list(x0)] + [[x0[j] + (step if j == i else 0) for j in range(n)] for i in range(n)]
    vals = [f(p) for p in pts]
    for it in range(maxit):
        order = sorted(range(n + 1), key=lambda i: vals[i])
        pts = [pts[i] for i in order]
        vals = [vals[i] for i in order]
        if it > 100 and abs(vals[-1] - vals[0]) < tol * abs(vals[0]):
            break
        c = [sum(p[j] for p in pts[:-1]) / n for j in range(n)]
        xr = [2 * c[j] - pts[-1][j] for j in range(n)]
        fr = f(xr)
        if fr < vals[0]:
            xe = [3 * c[j] - 2 * pts[-1][j] for j in range(n)]
            fe = f(xe)
            pts[-1], vals[-1] = (xe, fe) if fe < fr else (xr, fr)
        elif fr < vals[-2]:
            pts[-1], vals[-1] = xr, fr
        else:
            xc = [(c[j] + pts[-1][j]) / 2 for j in range(n)]
            fc = f(xc)
            if fc < vals[-1]:
                pts[-1], vals[-1] = xc, fc
            else:
                for i in range(1, n + 1):
                    pts[i] = [(pts[0][j] + pts[i][j]) / 2 for j in range(n)]
                    vals[i] = f(pts[i])
    return pts[0], vals[0]


def fit(neg_ll, n):
    th, _ = nelder_mead(neg_ll, [0.0] * n, 0.5)
    th, v = nelder_mead(neg_ll, th, 0.01)
    return tuple(math.exp(t) for t in th), -v


def clv(p, g, c, horizon, month, d=0.01):
    """Monthly steps of `month` units to `horizon` (the last one partial), discounted by
    (1 + d)^(t / month), times the Gamma-Gamma expected spend."""
    _, x, tx, T, m, _ = c
    pp, q, v = g
    spend = (v + m * x) * pp / (pp * x + q - 1)
    value = prev = 0.0
    for k in range(1, math.ceil(horizon / month - 1e-9) + 1):
        t = min(k * month, horizon)
        e = expected_purchases(p, t, x, tx, T)
        value += (e - prev) / (1 + d) ** (t / month)
        prev = e
    return value * spend


def main():
    days = load(os.path.join(HERE, '..', 'cdnow_sample_tx.csv'))
    cal = date(1997, 9, 30)
    s = summary(days, cal, date(1998, 6, 30))
    P, LL = fit(lambda th: -sum(bgnbd_ll(tuple(map(math.exp, th)), x, tx, T)
                                for _, x, tx, T, _, _ in s), 4)
    print('BG/NBD fit r=%.6f alpha=%.6f a=%.6f b=%.6f LL=%.4f' % (P + (LL,)))
    print('LL at the published parameters %.4f' % sum(bgnbd_ll(PUBLISHED, x, tx, T)
                                                      for _, x, tx, T, _, _ in s))
    print('customer 0001 at the published parameters: P(alive) %.6f, E[Y(39)] %.6f'
          % (p_alive(PUBLISHED, 2, 30.43, 38.86), expected_purchases(PUBLISHED, 39, 2, 30.43, 38.86)))
    for label, params in (('fit', P), ('published', PUBLISHED)):
        for end, weeks in ((date(1998, 6, 30), 39.0), (date(1998, 6, 23), 38.0)):
            groups = defaultdict(lambda: [0, 0, 0.0])
            for c in summary(days, cal, end):
                grp = groups[min(c[1], 7)]
                grp[0] += 1
                grp[1] += c[5]
                grp[2] += expected_purchases(params, weeks, c[1], c[2], c[3])
            print('holdout to %s at the %s parameters: actual %d, sum E[Y(%g)] %.4f' % (
                end, label, sum(g[1] for g in groups.values()), weeks,
                sum(g[2] for g in groups.values())))
            print('   x: customers / actual / mean predicted  ' + ', '.join(
                '%d: %d/%d/%.6f' % (k, g[0], g[1], g[2] / g[0]) for k, g in sorted(groups.items())))
    rep = [(x, m) for _, x, _, _, m, _ in s if x > 0 and m > 0]
    G, GLL = fit(lambda th: -sum(gg_ll(tuple(map(math.exp, th)), x, m) for x, m in rep), 3)
    print('Gamma-Gamma on %d customers: p=%.6f q=%.6f gamma=%.6f LL=%.4f' % ((len(rep),) + G + (GLL,)))
    byid = {c[0]: c for c in s}
    for cid in ('0001', '0006', '1516'):
        c = byid[cid]
        print('CLV %s: lifetimes freq W (4.345-week months, 12) %.4f; 30-day months %.4f; '
              'ValueDesk (30.4375-day months, 52 weeks) %.4f' % (
                  cid, clv(P, G, c, 12 * 4.345, 4.345), clv(P, G, c, 12 * 30 / 7, 30 / 7),
                  clv(P, G, c, 52, 30.4375 / 7)))


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Independent reference for the CDNOW master counts pinned in tests/core/tst_abcscheme.cpp and
tst_rfmscheme.cpp: ABC by revenue at 80/95 and the RFM scores and segments, all history as of
1998-06-30, following the rules documented in the README ("ABC / Pareto", "RFM") and
src/core/classification/{abc,rfm}scheme.h. Python standard library only; not run by ctest.
Run:  python3 abcrfm.py   (about 1 s)
"""
import csv
import os
from datetime import date
from collections import defaultdict, Counter
from decimal import Decimal
rev = defaultdict(int); rows = defaultdict(int); last = {}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cdnow_master_tx.csv')) as f:
    r = csv.reader(f); next(r)
    for cid, d, amt in r:
        c = int((Decimal(amt) * 100).to_integral_value())
        rev[cid] += c; rows[cid] += 1
        y, m, dd = map(int, d.split('-')); dt = date(y, m, dd)
        if cid not in last or dt > last[cid]: last[cid] = dt
ids = list(rev)
print('customers', len(ids), 'rows', sum(rows.values()), 'revenue', sum(rev.values()) / 100)
# ABC
order = sorted(ids, key=lambda c: (-rev[c], c))
total = sum(max(v, 0) for v in rev.values())
cum = 0; cls = {}
for c in order:
    v = rev[c]
    if v <= 0: cls[c] = 'C'
    elif cum < 0.80 * total: cls[c] = 'A'
    elif cum < 0.95 * total: cls[c] = 'B'
    else: cls[c] = 'C'
    cum += max(v, 0)
print('ABC', sorted(Counter(cls.values()).items()))
print('zero-revenue customers', sum(1 for v in rev.values() if v <= 0))
# RFM
asof = date(1998, 6, 30)
R = {c: (asof - last[c]).days for c in ids}
F = {c: rows[c] for c in ids}
M = {c: rev[c] / 100 for c in ids}
n = len(ids)
def quint(vals, higher):
    key = {c: (vals[c] if higher else -vals[c]) for c in ids}
    srt = sorted(ids, key=lambda c: key[c])
    sc = {}; start = 0
    for i, c in enumerate(srt):
        if i > 0 and key[c] != key[srt[i-1]]: start = i
        sc[c] = 5 * start // n + 1
    return sc
rs, fs, ms = quint(R, False), quint(F, True), quint(M, True)
for name, s in (('R', rs), ('F', fs), ('M', ms)):
    print(name, 'score counts', sorted(Counter(s.values()).items()))
mR = sum(R.values()) / n; mF = sum(F.values()) / n; mM = sum(M.values()) / n
print('means R %.4f F %.4f M %.4f' % (mR, mF, mM))
segs = ['important-value', 'important-development', 'important-retention', 'important-winback',
        'general-value', 'general-development', 'general-retention', 'general-winback']
def seg(hr, hf, hm):
    rf = (0 if hf else 1) if hr else (2 if hf else 3)
    return (0 if hm else 4) + rf
cnt = Counter(segs[seg(R[c] < mR, F[c] > mF, M[c] > mM)] for c in ids)
for s in segs: print('  ', s, cnt[s])
mrs = sum(rs.values())/n; mfs = sum(fs.values())/n; mms = sum(ms.values())/n
cnt2 = Counter(segs[seg(rs[c] > mrs, fs[c] > mfs, ms[c] > mms)] for c in ids)
print('by scores, means %.4f %.4f %.4f' % (mrs, mfs, mms))
for s in segs: print('  ', s, cnt2[s])
# Details for the test comment: F tie groups and score boundaries.
fc = Counter(F.values()); start = 0
for v in sorted(fc):
    if v <= 6: print('F=%d: %d customers, first rank %d -> score %d' % (v, fc[v], start + 1, 5 * start // n + 1))
    start += fc[v]
for name, vals, higher in (('R', R, False), ('M', M, True)):
    srt = sorted(ids, key=lambda c: vals[c] if higher else -vals[c])
    for q in range(1, 5):
        i = (q * n + 4) // 5  # 0-based index of first rank with 5*(rank-1)//n >= q
        print(name, 'score', q + 1, 'starts at rank', i + 1, 'value', vals[srt[i]], 'prev', vals[srt[i - 1]])
print('high R (recency < mean):', sum(1 for c in ids if R[c] < mR), 'high F:', sum(1 for c in ids if F[c] > mF), 'high M:', sum(1 for c in ids if M[c] > mM))

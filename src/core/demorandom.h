#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QVector>

#include <algorithm>
#include <cmath>

// Deterministic random draws for the demo generator (internal to src/core).
namespace valuedesk::demo {

inline constexpr double kTwoPi = 6.283185307179586476925;

// All randomness goes through these transforms so that the output depends only on the
// QRandomGenerator stream (fixed-algorithm mt19937), not on a standard library's distributions.
// Draw at most one number per expression: the evaluation order of operands and arguments is
// unspecified, and GCC and Clang really do differ (a + b, f(x(), y())).
class Rng
{
public:
    Rng(quint32 seed, quint32 stream, quint32 index) : m_gen({seed, stream, index}) {}

    double uniform() { return m_gen.generateDouble(); }
    int below(int n)
    {
        return n <= 1 ? 0 : static_cast<int>(m_gen.bounded(static_cast<quint32>(n)));
    }
    bool chance(double p) { return uniform() < p; }

    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1], keeps log finite
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(kTwoPi * u2);
        m_hasSpare = true;
        return r * std::cos(kTwoPi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }

    int poisson(double lambda)
    {
        if (lambda <= 0.0)
            return 0;
        lambda = std::min(lambda, 200.0); // exp(-lambda) must not underflow
        const double u = uniform();
        double p = std::exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            ++k;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }

    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

    // Favours the front of a list ordered by frequency (surnames).
    const QString &pickFrequent(const QStringList &list)
    {
        const int a = below(list.size());
        const int b = below(list.size());
        return list.at(std::min(a, b));
    }

    template <typename T>
    int weighted(const QVector<T> &items)
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int r = below(total);
        for (int i = 0; i < items.size(); ++i) {
            r -= items.at(i).weight;
            if (r < 0)
                return i;
        }
        return static_cast<int>(items.size()) - 1;
    }

private:
    QRandomGenerator m_gen;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

inline double clamp(double v, double lo, double hi)
{
    return std::max(lo, std::min(hi, v));
}

inline double roundTo1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

inline QDate endOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

inline QDate randomDay(Rng &rng, QDate from, QDate to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(rng.below(static_cast<int>(span + 1)));
}

// Exponential gaps give a Poisson process of `perYear` events over [from, to].
inline QVector<QDate> poissonDates(Rng &rng, QDate from, QDate to, double perYear)
{
    QVector<QDate> dates;
    if (perYear <= 0.0 || from > to)
        return dates;
    const double ratePerDay = perYear / 365.25;
    double t = rng.exponential(ratePerDay);
    const double span = static_cast<double>(from.daysTo(to));
    while (t <= span) {
        dates.append(from.addDays(static_cast<qint64>(t)));
        t += rng.exponential(ratePerDay);
    }
    return dates;
}

} // namespace valuedesk::demo

#include "ahp/priorityvector.h"
#include "ahp/saatyscale.h"

#include <QRandomGenerator>
#include <QtTest>

#include <Eigen/Eigenvalues>

using namespace valuedesk;

Q_DECLARE_METATYPE(valuedesk::PriorityMethod)

namespace {

Eigen::MatrixXd consistentMatrix(const Eigen::VectorXd &w)
{
    const auto n = w.size();
    Eigen::MatrixXd a(n, n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            a(i, j) = w(i) / w(j);
    return a;
}

Eigen::MatrixXd randomSaatyMatrix(QRandomGenerator &rng, int n)
{
    const auto &scale = SaatyScale::values();
    Eigen::MatrixXd a = Eigen::MatrixXd::Ones(n, n);
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            a(i, j) = scale[rng.bounded(static_cast<quint32>(scale.size()))];
            a(j, i) = 1.0 / a(i, j);
        }
    }
    return a;
}

} // namespace

class TstPriorityVector : public QObject
{
    Q_OBJECT
private slots:
    void consistentMatrixEveryMethod_data();
    void consistentMatrixEveryMethod();
    void handComputed();
    void eigenvectorMatchesEigenSolver();
    void singleCriterion();
    void methodIds();
};

void TstPriorityVector::consistentMatrixEveryMethod_data()
{
    QTest::addColumn<PriorityMethod>("method");
    QTest::newRow("eigen") << PriorityMethod::Eigenvector;
    QTest::newRow("geomean") << PriorityMethod::GeometricMean;
    QTest::newRow("arith") << PriorityMethod::ArithmeticMean;
}

void TstPriorityVector::consistentMatrixEveryMethod()
{
    // For a consistent matrix a_ij = w_i/w_j all three methods return w and λmax = n.
    QFETCH(PriorityMethod, method);
    Eigen::VectorXd w(5);
    w << 0.35, 0.25, 0.2, 0.15, 0.05;
    const Eigen::MatrixXd a = consistentMatrix(w);
    const Eigen::VectorXd got = PriorityVector::compute(a, method);
    QVERIFY((got - w).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(std::abs(PriorityVector::lambdaEstimate(a, got) - 5.0) < 1e-12);
}

void TstPriorityVector::handComputed()
{
    // A = [1 3; 1/3 1]: every method gives 0.75/0.25.
    Eigen::MatrixXd a2(2, 2);
    a2 << 1, 3, 1.0 / 3, 1;
    for (auto m : {PriorityMethod::Eigenvector, PriorityMethod::GeometricMean,
                   PriorityMethod::ArithmeticMean}) {
        const Eigen::VectorXd w = PriorityVector::compute(a2, m);
        QVERIFY(std::abs(w(0) - 0.75) < 1e-12);
    }
    // Inconsistent 3×3 by hand. Arithmetic: column sums 1.75, 3.25, 9, then row means of the
    // normalised matrix. Geometric: cube roots of the row products 8, 2, 1/16.
    Eigen::MatrixXd a(3, 3);
    a << 1, 2, 4, 0.5, 1, 4, 0.25, 0.25, 1;
    const double w0 = (1 / 1.75 + 2 / 3.25 + 4 / 9.0) / 3;
    const double w2 = (0.25 / 1.75 + 0.25 / 3.25 + 1 / 9.0) / 3;
    const Eigen::VectorXd arith = PriorityVector::compute(a, PriorityMethod::ArithmeticMean);
    QVERIFY(std::abs(arith(0) - w0) < 1e-12);
    QVERIFY(std::abs(arith(2) - w2) < 1e-12);
    const Eigen::VectorXd geo = PriorityVector::compute(a, PriorityMethod::GeometricMean);
    const double g0 = std::cbrt(8.0), g1 = std::cbrt(2.0), g2 = std::cbrt(1.0 / 16);
    QVERIFY(std::abs(geo(1) - g1 / (g0 + g1 + g2)) < 1e-12);
}

void TstPriorityVector::eigenvectorMatchesEigenSolver()
{
    // Power iteration against Eigen's general eigensolver on 300 random Saaty-scale matrices,
    // including very inconsistent ones (random matrices have CR ≈ 1 by construction of RI).
    QRandomGenerator rng(20240525);
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 3 + trial % 13;
        const Eigen::MatrixXd a = randomSaatyMatrix(rng, n);
        Eigen::VectorXd w;
        const double lambda = PriorityVector::principalEigen(a, &w);

        Eigen::EigenSolver<Eigen::MatrixXd> solver(a);
        Eigen::Index best = 0;
        solver.eigenvalues().real().maxCoeff(&best);
        const double reference = solver.eigenvalues()(best).real();
        Eigen::VectorXd v = solver.eigenvectors().col(best).real();
        v /= v.sum();
        QVERIFY2(std::abs(lambda - reference) < 1e-9 * reference,
                 qPrintable(QStringLiteral("n=%1 %2 vs %3").arg(n).arg(lambda).arg(reference)));
        QVERIFY((w - v).cwiseAbs().maxCoeff() < 1e-9);
        QVERIFY((w.array() > 0).all());
        QVERIFY(std::abs(w.sum() - 1.0) < 1e-12);
    }
}

void TstPriorityVector::singleCriterion()
{
    const Eigen::MatrixXd a = Eigen::MatrixXd::Ones(1, 1);
    QCOMPARE(PriorityVector::compute(a, PriorityMethod::Eigenvector)(0), 1.0);
    QCOMPARE(PriorityVector::compute(a, PriorityMethod::GeometricMean)(0), 1.0);
    QCOMPARE(PriorityVector::compute(a, PriorityMethod::ArithmeticMean)(0), 1.0);
}

void TstPriorityVector::methodIds()
{
    QCOMPARE(PriorityVector::methodId(PriorityMethod::Eigenvector), QStringLiteral("eigen"));
    QCOMPARE(PriorityVector::methodId(PriorityMethod::GeometricMean), QStringLiteral("geomean"));
    QCOMPARE(PriorityVector::methodId(PriorityMethod::ArithmeticMean), QStringLiteral("arith"));
}

QTEST_GUILESS_MAIN(TstPriorityVector)
#include "tst_priorityvector.moc"

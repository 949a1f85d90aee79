#include "ahpmatrixfile.h"

#include "ahp/matrixcompletion.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace valuedesk::cli {

namespace {

// "3", "0.25", "1/3" or "1 / 2.5".
std::optional<double> parseNumberText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return std::nullopt;
    bool ok = false;
    const double numerator = parts.at(0).trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (parts.size() == 1)
        return numerator;
    const double denominator = parts.at(1).trimmed().toDouble(&ok);
    if (!ok || denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}

QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("an array");
    if (value.isObject())
        return QStringLiteral("an object");
    return QString::number(value.toDouble());
}

Result<QStringList> readCriteria(const QJsonObject &object)
{
    const QJsonValue value = object.value(QStringLiteral("criteria"));
    if (!value.isArray() || value.toArray().isEmpty())
        return Error(QStringLiteral("\"criteria\" must be a non-empty array of names"));
    QStringList criteria;
    for (const QJsonValue &name : value.toArray()) {
        const QString text = name.toString().trimmed();
        if (!name.isString() || text.isEmpty())
            return Error(QStringLiteral("criterion %1 is not a name").arg(criteria.size() + 1));
        if (criteria.contains(text))
            return Error(QStringLiteral("criterion \"%1\" is listed twice").arg(text));
        criteria << text;
    }
    if (criteria.size() > PairwiseMatrix::maxSize)
        return Error(QStringLiteral("%1 criteria are too many; at most %2 can be compared")
                         .arg(criteria.size())
                         .arg(PairwiseMatrix::maxSize));
    return criteria;
}

Result<PairwiseMatrix> readMatrix(const QJsonObject &object, const QStringList &criteria)
{
    const int n = static_cast<int>(criteria.size());
    const QJsonValue value = object.value(QStringLiteral("matrix"));
    if (!value.isArray())
        return Error(QStringLiteral("\"matrix\" must be an array of rows"));
    const QJsonArray rows = value.toArray();
    if (rows.size() != n)
        return Error(QStringLiteral("the matrix has %1 rows but there are %2 criteria")
                         .arg(rows.size())
                         .arg(n));
    const auto label = [&](int i, int j) {
        return QStringLiteral("row “%1”, column “%2”").arg(criteria.at(i), criteria.at(j));
    };
    QVector<QVector<PairwiseMatrix::Cell>> cells(n, QVector<PairwiseMatrix::Cell>(n));
    for (int i = 0; i < n; ++i) {
        const QJsonValue row = rows.at(i);
        if (!row.isArray() || row.toArray().size() != n)
            return Error(QStringLiteral("row %1 (“%2”) must be an array of %3 values")
                             .arg(i + 1)
                             .arg(criteria.at(i))
                             .arg(n));
        const QJsonArray values = row.toArray();
        for (int j = 0; j < n; ++j) {
            const QJsonValue cell = values.at(j);
            if (cell.isNull())
                continue;
            std::optional<double> number;
            if (cell.isDouble())
                number = cell.toDouble();
            else if (cell.isString())
                number = parseNumberText(cell.toString());
            if (!number)
                return Error(
                    QStringLiteral("%1 is %2, not a number").arg(label(i, j), cellText(cell)));
            cells[i][j] = *number;
        }
    }
    const bool exact = object.value(QStringLiteral("exact_ratios")).toBool(false);
    auto matrix = PairwiseMatrix::fromRows(
        cells, exact ? JudgementMode::ExactRatio : JudgementMode::SaatyScale, criteria);
    if (!matrix)
        return matrix.error();
    if (Status connected = MatrixCompletion::checkConnected(*matrix); !connected)
        return connected.error();
    return matrix;
}

} // namespace

Result<AhpMatrixFile> readAhpMatrixFile(const QString &path)
{
    const auto failure = [&path](const Error &error) {
        return Error(path + QStringLiteral(": ") + error.message(), error.detail());
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(Error(QStringLiteral("not valid JSON (%1 at offset %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)));
    if (!json.isObject())
        return failure(Error(QStringLiteral("expected a JSON object with \"criteria\" and "
                                            "\"matrix\"")));
    const QJsonObject object = json.object();

    AhpMatrixFile result;
    result.path = path;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return failure(Error(QStringLiteral("\"name\" must be text")));
    result.name = name.toString().trimmed();
    if (result.name.isEmpty())
        result.name = QFileInfo(path).completeBaseName();
    const QJsonValue weight = object.value(QStringLiteral("weight"));
    if (!weight.isUndefined() && !weight.isNull()) {
        result.weight = weight.toDouble(-1);
        if (!weight.isDouble() || !std::isfinite(result.weight) || result.weight <= 0)
            return failure(Error(QStringLiteral("\"weight\" must be a positive number")));
    }
    auto criteria = readCriteria(object);
    if (!criteria)
        return failure(criteria.error());
    auto matrix = readMatrix(object, *criteria);
    if (!matrix)
        return failure(matrix.error());
    result.matrix = std::move(matrix).value();
    return result;
}

} // namespace valuedesk::cli

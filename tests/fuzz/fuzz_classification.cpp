// `valuedesk-cli classify --scheme ID --options JSON`: every scheme's option validation.
#include "classification/classificationschemes.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace valuedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the scheme, the rest is the options object.
    const QStringList ids = ClassificationSchemes::ids();
    const QString id = ids.at(data[0] % ids.size());
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)));
    if (!doc.isObject())
        return 0;
    const QJsonObject options = doc.object();
    const Result<QJsonObject> valid = ClassificationSchemes::validate(id, options);
    (void)ClassificationSchemes::needsEvaluation(id, options);
    (void)ClassificationSchemes::usesClvMetrics(options);
    if (valid) // what was read back must validate again
        (void)ClassificationSchemes::validate(id, *valid);
    return 0;
}

// AHP model files (`model FILE --import MODEL.json`): parsing, then weights and consistency as
// the export computes them.
#include "ahp/ahpmodeljson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace valuedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!doc.isObject())
        return 0;
    const Result<AhpModel> model = AhpModelJson::fromJson(doc.object());
    if (!model)
        return 0;
    (void)AhpModelJson::toJson(*model);
    (void)AhpModelJson::toJsonWithResults(*model);
    return 0;
}

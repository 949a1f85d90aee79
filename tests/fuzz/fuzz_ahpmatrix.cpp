// `valuedesk-cli ahp --matrix M.json`: the judgement matrix file, then the completion and
// consistency analysis the command runs on it.
#include "ahp/consistency.h"
#include "ahp/matrixcompletion.h"
#include "ahpmatrixfile.h"
#include "fuzzfile.h"

using namespace valuedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(data, size, QStringLiteral("matrix.json"));
    const Result<cli::AhpMatrixFile> file = cli::readAhpMatrixFile(path);
    if (!file)
        return 0;
    const auto completion = MatrixCompletion::complete(file->matrix);
    if (completion)
        (void)Consistency::analyse(completion->completed.values());
    return 0;
}

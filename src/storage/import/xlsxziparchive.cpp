#include "xlsxziparchive.h"

#include <unzip.h>

#include <algorithm>
#include <limits>

namespace valuedesk {

namespace {

// minizip I/O callbacks over the QFile passed as opaque; the archive's file is already open.
voidpf ZCALLBACK qfileOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK qfileRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n =
        static_cast<QFile *>(stream)->read(static_cast<char *>(buf), static_cast<qint64>(size));
    return n < 0 ? 0 : static_cast<uLong>(n);
}

uLong ZCALLBACK qfileWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK qfileTell(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK qfileSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    const qint64 target = base + static_cast<qint64>(offset);
    // QFile::seek() accepts positions past the end; minizip expects a failure there.
    if (target < 0 || target > file->size())
        return -1;
    return file->seek(target) ? 0 : -1;
}

int ZCALLBACK qfileClose(voidpf, voidpf)
{
    return 0;
}

// minizip asks this only after a short read. Its own stdio version reports no error at end of
// file, and then takes the missing bytes of a truncated header as zeros; calling the end an error
// makes a cut-off archive fail to open instead.
int ZCALLBACK qfileError(voidpf, voidpf stream)
{
    const auto *file = static_cast<QFile *>(stream);
    return file->error() != QFileDevice::NoError || file->atEnd() ? 1 : 0;
}

} // namespace

XlsxZipArchive::XlsxZipArchive(const QString &path) : m_file(path) {}

XlsxZipArchive::~XlsxZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

XlsxZipArchive::OpenResult XlsxZipArchive::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return OpenResult::FileError;
    zlib_filefunc64_def io{};
    io.zopen64_file = qfileOpen;
    io.zread_file = qfileRead;
    io.zwrite_file = qfileWrite;
    io.ztell64_file = qfileTell;
    io.zseek64_file = qfileSeek;
    io.zclose_file = qfileClose;
    io.zerror_file = qfileError;
    io.opaque = &m_file;
    // The path argument is only handed to qfileOpen, which ignores it, but must not be null.
    m_zip = unzOpen2_64("", &io);
    if (!m_zip)
        return OpenResult::NotZip;
    // unzOpen only checks the end record; a directory it cannot walk is no usable archive, and
    // unzLocateFile would later call every part "not found".
    const int first = unzGoToFirstFile(m_zip);
    return first == UNZ_OK || first == UNZ_END_OF_LIST_OF_FILE ? OpenResult::Ok
                                                               : OpenResult::NotZip;
}

XlsxZipArchive::EntryResult XlsxZipArchive::openEntry(const QString &partName, qint64 maxBytes,
                                                      std::unique_ptr<XlsxZipEntry> &entry)
{
    entry.reset();
    if (!m_zip)
        return EntryResult::Unreadable;
    // 2 = case-insensitive comparison. Other codes than "not found" mean a damaged directory.
    const int located = unzLocateFile(m_zip, partName.toUtf8().constData(), 2);
    if (located == UNZ_END_OF_LIST_OF_FILE)
        return EntryResult::Missing;
    if (located != UNZ_OK)
        return EntryResult::Unreadable;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK)
        return EntryResult::Unreadable;
    const qint64 declared =
        info.uncompressed_size > static_cast<ZPOS64_T>(std::numeric_limits<qint64>::max())
            ? std::numeric_limits<qint64>::max()
            : static_cast<qint64>(info.uncompressed_size);
    entry = std::make_unique<XlsxZipEntry>(m_zip, declared, maxBytes);
    return EntryResult::Ok;
}

XlsxZipEntry::XlsxZipEntry(void *zip, qint64 uncompressedSize, qint64 maxBytes)
    : m_zip(zip), m_remaining(std::max<qint64>(uncompressedSize, 0)), m_declared(m_remaining),
      m_maxBytes(maxBytes), m_overLimit(m_declared > maxBytes)
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxZipEntry::~XlsxZipEntry()
{
    if (!m_closed)
        unzCloseCurrentFile(m_zip);
}

qint64 XlsxZipEntry::bytesAvailable() const
{
    // The header's size is only a hint (it may lie in a damaged file), but a sequential device
    // that reports nothing available looks finished to its readers.
    const qint64 pending = m_eof || m_failed || m_overLimit ? 0 : std::max<qint64>(m_remaining, 1);
    return QIODevice::bytesAvailable() + pending;
}

bool XlsxZipEntry::finish()
{
    if (m_closed)
        return !m_failed;
    m_closed = true;
    const bool checksumOk = unzCloseCurrentFile(m_zip) == UNZ_OK;
    if (!checksumOk)
        m_failed = true;
    return !m_failed;
}

qint64 XlsxZipEntry::readData(char *data, qint64 maxSize)
{
    if (m_eof || m_failed || m_closed || m_overLimit)
        return -1;
    // One byte more than the limit allows is enough to tell that the entry is too large.
    const qint64 allowed = m_maxBytes - m_inflated + 1;
    const auto chunk = static_cast<unsigned>(std::min<qint64>({maxSize, allowed, 1 << 20}));
    if (chunk == 0)
        return 0;
    const int n = unzReadCurrentFile(m_zip, data, chunk);
    if (n < 0) {
        m_failed = true;
        return -1;
    }
    if (n == 0) {
        m_eof = true;
        return -1;
    }
    m_remaining -= n;
    m_inflated += n;
    if (m_inflated > m_maxBytes) {
        m_overLimit = true;
        return -1;
    }
    return n;
}

qint64 XlsxZipEntry::writeData(const char *, qint64)
{
    return -1;
}

} // namespace valuedesk

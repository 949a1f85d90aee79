#pragma once

#include <QFile>
#include <QIODevice>
#include <QString>

#include <memory>

namespace valuedesk {

class XlsxZipEntry;

// Read access to the parts of an .xlsx package through libminizip. The archive is read through a
// QFile rather than minizip's fopen so that non-ASCII paths work on every platform.
class XlsxZipArchive final
{
public:
    enum class OpenResult { Ok, FileError, NotZip };
    enum class EntryResult { Ok, Missing, Unreadable };

    explicit XlsxZipArchive(const QString &path);
    ~XlsxZipArchive();
    Q_DISABLE_COPY_MOVE(XlsxZipArchive)

    OpenResult open();
    QString fileErrorString() const { return m_file.errorString(); }

    // Part names are matched case-insensitively, as OPC requires. Only one entry may be open at a
    // time: minizip keeps a single "current file".
    // The entry refuses to inflate more than maxBytes (see XlsxZipEntry::overLimit()).
    EntryResult openEntry(const QString &partName, qint64 maxBytes,
                          std::unique_ptr<XlsxZipEntry> &entry);

private:
    QFile m_file;
    void *m_zip = nullptr;
};

// The uncompressed bytes of one part, streamed so that a large sheet is never held in memory and
// a row-limited preview stops inflating early.
class XlsxZipEntry final : public QIODevice
{
public:
    XlsxZipEntry(void *zip, qint64 uncompressedSize, qint64 maxBytes);
    ~XlsxZipEntry() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // True when inflating failed (a damaged archive rather than bad XML).
    bool failed() const { return m_failed; }
    // True when the entry declares, or inflates to, more than the byte limit it was opened with.
    // Declared sizes may lie, so the inflated bytes are counted too; reading stops at the limit.
    bool overLimit() const { return m_overLimit; }
    qint64 declaredSize() const { return m_declared; }
    // Verifies the checksum; only meaningful after the whole entry was read.
    bool finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void *m_zip;
    qint64 m_remaining;
    qint64 m_declared;
    qint64 m_maxBytes;
    qint64 m_inflated = 0;
    bool m_overLimit = false;
    bool m_eof = false;
    bool m_failed = false;
    bool m_closed = false;
};

} // namespace valuedesk

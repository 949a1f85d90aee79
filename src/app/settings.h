#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace valuedesk {

// The one place that knows settings keys and defaults; everything else asks through a typed
// accessor. Tests point it at a temporary INI file.
class Settings final
{
public:
    enum class Language { System, Chinese, English };

    Settings(); // the user's native settings store
    explicit Settings(const QString &iniFile);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first, unique, at most maxRecentFiles
    void removeRecentFile(const QString &path);
    static constexpr int maxRecentFiles = 8;

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray customerListHeaderState() const;
    void setCustomerListHeaderState(const QByteArray &state);

    Language language() const;
    void setLanguage(Language language);

    QString lastImportDirectory() const;
    void setLastImportDirectory(const QString &directory);
    QString lastFileDirectory() const;
    void setLastFileDirectory(const QString &directory);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace valuedesk

#include "settings.h"

#include <QDir>

namespace valuedesk {

namespace {

const QString recentFilesKey = QStringLiteral("files/recent");
const QString lastFileDirKey = QStringLiteral("files/lastDirectory");
const QString lastImportDirKey = QStringLiteral("import/lastDirectory");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString customerHeaderKey = QStringLiteral("customerList/header");
const QString languageKey = QStringLiteral("ui/language");

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QStringList Settings::recentFiles() const
{
    return m_settings->value(recentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings->setValue(recentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(QDir(path).absolutePath()));
    m_settings->setValue(recentFilesKey, files);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

QByteArray Settings::customerListHeaderState() const
{
    return m_settings->value(customerHeaderKey).toByteArray();
}

void Settings::setCustomerListHeaderState(const QByteArray &state)
{
    m_settings->setValue(customerHeaderKey, state);
}

Settings::Language Settings::language() const
{
    const QString value = m_settings->value(languageKey, QStringLiteral("system")).toString();
    if (value == QLatin1String("zh_CN"))
        return Language::Chinese;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void Settings::setLanguage(Language language)
{
    switch (language) {
    case Language::Chinese:
        m_settings->setValue(languageKey, QStringLiteral("zh_CN"));
        break;
    case Language::English:
        m_settings->setValue(languageKey, QStringLiteral("en"));
        break;
    case Language::System:
        m_settings->setValue(languageKey, QStringLiteral("system"));
        break;
    }
}

QString Settings::lastImportDirectory() const
{
    return m_settings->value(lastImportDirKey, QDir::homePath()).toString();
}

void Settings::setLastImportDirectory(const QString &directory)
{
    m_settings->setValue(lastImportDirKey, directory);
}

QString Settings::lastFileDirectory() const
{
    return m_settings->value(lastFileDirKey, QDir::homePath()).toString();
}

void Settings::setLastFileDirectory(const QString &directory)
{
    m_settings->setValue(lastFileDirKey, directory);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace valuedesk

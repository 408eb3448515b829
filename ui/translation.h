#pragma once

#include <QString>

class QCoreApplication;

namespace gaozi::ui {

// UI languages: Simplified Chinese by default, English (the source strings)
// on request. The choice is stored in QSettings and applied at start-up.
inline const QString ChineseLanguage = QStringLiteral("zh_CN");
inline const QString EnglishLanguage = QStringLiteral("en");

QString storedLanguage();                 // from QSettings; Chinese when unset or unknown
void storeLanguage(const QString &language);

// Installs the translators for `language` ("zh_CN" or "en") on the
// application; returns false when a Chinese catalogue cannot be loaded.
bool installTranslations(QCoreApplication *app, const QString &language);

} // namespace gaozi::ui

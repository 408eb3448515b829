#include "export/profilestore.h"

#include "export/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace gaozi {
namespace {

constexpr qint64 kMaxProfileBytes = 1024 * 1024;

QList<LayoutProfile> builtInProfiles()
{
    return {LayoutProfile::gbt9704()};
}

bool isPathArgument(const QString &arg)
{
    return arg.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || arg.contains(u'/') || arg.contains(u'\\');
}

Status checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.'))
        return Error{QStringLiteral("profile name \"%1\" must be 1 to 64 characters and not start with '.'").arg(name)};
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            return Error{QStringLiteral("profile name \"%1\" may only hold letters, digits, '-', '_' and '.'").arg(name)};
    }
    for (const auto &p : builtInProfiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error{QStringLiteral("\"%1\" is a built-in profile; save yours under another name").arg(name)};
    }
    return Status::success();
}

} // namespace

QString userProfilesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

Result<LayoutProfile> loadProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read profile %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxProfileBytes)
        return Error{QStringLiteral("profile %1 is larger than 1 MB; not a layout profile").arg(path)};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("profile %1 is not valid JSON (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset)};
    if (!json.isObject())
        return Error{QStringLiteral("profile %1 must hold a JSON object").arg(path)};
    // A file that leaves out "name" is called after itself.
    LayoutProfile base = LayoutProfile::gbt9704();
    base.name = QFileInfo(path).completeBaseName();
    auto profile = LayoutProfile::fromJson(json.object(), base);
    if (!profile)
        return Error{QStringLiteral("profile %1: %2").arg(path, profile.error())};
    return profile;
}

Result<LayoutProfile> loadProfile(const QString &nameOrPath)
{
    if (isPathArgument(nameOrPath))
        return loadProfileFile(nameOrPath);
    for (const auto &p : builtInProfiles()) {
        if (p.name.compare(nameOrPath, Qt::CaseInsensitive) == 0)
            return p;
    }
    const QString path = QDir(userProfilesDir()).filePath(nameOrPath + QStringLiteral(".json"));
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("no layout profile named \"%1\" (built-in: gbt9704; saved ones live in %2)")
                         .arg(nameOrPath, QDir::toNativeSeparators(userProfilesDir()))};
    auto profile = loadProfileFile(path);
    if (profile)
        profile->name = nameOrPath; // what the user typed is what lists and --json show
    return profile;
}

QList<ProfileEntry> listProfiles()
{
    QList<ProfileEntry> out;
    for (const auto &p : builtInProfiles())
        out.append({p.name, p.description, {}, true, {}});
    const QDir dir(userProfilesDir());
    const auto files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        ProfileEntry entry;
        entry.name = info.completeBaseName();
        entry.path = info.absoluteFilePath();
        auto loaded = loadProfileFile(entry.path);
        if (loaded)
            entry.description = loaded->description;
        else
            entry.error = loaded.error();
        out.append(entry);
    }
    return out;
}

Status saveProfileFile(const LayoutProfile &profile, const QString &path)
{
    if (auto valid = profile.validate(); !valid)
        return Error{QStringLiteral("profile \"%1\" not saved: %2").arg(profile.name, valid.error())};
    return writeFileAtomically(path, QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
}

Status saveProfile(const LayoutProfile &profile)
{
    if (auto name = checkName(profile.name); !name)
        return name;
    const QString dir = userProfilesDir();
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("cannot create folder %1 for layout profiles").arg(QDir::toNativeSeparators(dir))};
    return saveProfileFile(profile, QDir(dir).filePath(profile.name + QStringLiteral(".json")));
}

} // namespace gaozi

#pragma once

#include "common/result.h"
#include "export/layoutprofile.h"

#include <QList>
#include <QString>

namespace gaozi {

struct ProfileEntry
{
    QString name;        // what --profile and loadProfile() accept
    QString description;
    QString path;        // empty for built-in profiles
    bool builtIn = false;
    QString error;       // a saved file that does not load says why here
};

// Where saved profiles live: QStandardPaths::AppDataLocation + "/profiles".
QString userProfilesDir();

// Built-in profiles first (gbt9704), then saved ones by name.
QList<ProfileEntry> listProfiles();

// A built-in name, a saved profile's name, or a path to a .json file (any
// argument ending in ".json" or containing a '/' is taken as a path).
Result<LayoutProfile> loadProfile(const QString &nameOrPath);
Result<LayoutProfile> loadProfileFile(const QString &path);

// Saves under userProfilesDir()/NAME.json (atomically). The name must be a
// plain file name (letters, digits, '-', '_', '.', not starting with '.') and
// not a built-in one.
Status saveProfile(const LayoutProfile &profile);
Status saveProfileFile(const LayoutProfile &profile, const QString &path);

} // namespace gaozi

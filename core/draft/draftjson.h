#pragma once

#include "common/result.h"
#include "draft/draft.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gaozi {

// The outline as stored in the library and written in genre templates:
// [{"uid": 3, "heading": "…", "body": "…", "hint": "…", "role": "…", "children": [...]}].
// Keys that are empty are left out. A section read without a uid, or with one
// already taken, gets a fresh one.
QJsonArray sectionsToJson(const QList<DraftSection> &sections);
QList<DraftSection> sectionsFromJson(const QJsonArray &array);

// Gives every section a new uid in reading order, starting at 1.
void assignUids(QList<DraftSection> &sections);
// Keeps valid uids, replaces missing (0) and repeated ones with unused ones.
void repairUids(QList<DraftSection> &sections);

// A whole draft (fields and outline, not its id or timestamps) as one JSON
// object, the form `gaozi-cli drafts show --json` prints.
QJsonObject draftToJson(const Draft &draft);
Result<Draft> draftFromJson(const QJsonObject &object);

} // namespace gaozi

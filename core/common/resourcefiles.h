#pragma once

#include "common/result.h"

#include <QStringList>

namespace gaozi {

// Data that ships with Gaozi (noise rules, topic lexicon, term dates, genre
// templates, the bundled corpus) is compiled in as Qt resources under ":/gaozi/".
// These helpers read it; a missing resource is a build error surfaced as a value.
Result<QString> readResourceText(const QString &name);

// The non-empty, non-comment ('#') lines of a resource file, trimmed.
Result<QStringList> readResourceLines(const QString &name);

// File paths (resource paths) of the bundled seed corpus.
QStringList bundledCorpusFiles();

} // namespace gaozi

#pragma once

#include "ingest/parseddocument.h"
#include "mining/minedphrase.h"
#include "mining/slots.h"

#include <QString>
#include <QStringList>

namespace gaozi {

// Turns a parsed document into its paragraphs (opening, headings written with
// their markers, body, in reading order) and the phrases found in them, each
// occurrence with its slotted text, merge key, role and topic. Uses the bundled
// lexicons (resources/data/topics.txt, roles.txt). Pure and thread-safe.
//
// Outline occurrences have paragraph -1, an empty role and the fallback topic.
// Term occurrences are every place a term found in this document occurs in it,
// quoted or not.
MinedDocument mineDocument(const ParsedDocument &doc);

// The topic of a phrase from the bundled lexicon; headings (nearest first)
// break ties; "综合" when nothing matches.
QString classifyTopic(const QString &text, const QStringList &headings = {});

// Topic and role names in display order (for filters and pickers).
QStringList topicNames();
QStringList roleNames();

} // namespace gaozi

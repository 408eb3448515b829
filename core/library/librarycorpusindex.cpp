#include "library/librarycorpusindex.h"

#include "ingest/headingmarkers.h"
#include "library/phrasekey.h"
#include "mining/slots.h"
#include "mining/spanfinders.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {

namespace {

// The miner drops a leading 一是/二是 from the sentences it stores; the draft's
// sentence keeps it (splitSentences() cuts at punctuation only).
QString withoutPointMarker(const QString &sentence)
{
    qsizetype from = 0;
    while (from < sentence.size() && !isHan(sentence[from]) && !sentence[from].isLetterOrNumber())
        ++from;
    qsizetype marker = 0;
    if (pointMarkerOrdinal(sentence, from, &marker) > 0)
        from += marker;
    return sentence.mid(from).trimmed();
}

} // namespace

QString LibraryCorpusIndex::lookupKey(const QString &sentence)
{
    return phraseKey(slotify(withoutPointMarker(sentence)));
}

QList<CorpusMatch> LibraryCorpusIndex::findVerbatim(const QString &sentence) const
{
    QList<CorpusMatch> out;
    const QString text = withoutPointMarker(sentence);
    const QString key = phraseKey(slotify(text));
    if (key.isEmpty())
        return out;
    // Rows of (title, file name, section path), newest document first.
    auto collect = [&](const QString &sql, const QVariant &value) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql + QStringLiteral(" ORDER BY d.year DESC, d.id LIMIT ?"));
        q.addBindValue(value);
        q.addBindValue(kMaxMatches);
        if (!q.exec())
            return;
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    };
    // Sentences the miner kept, and point leads (一是理论学习不充分) it keeps as points.
    collect(QStringLiteral("SELECT d.title, d.file_name, coalesce(g.section_path, '')"
                           " FROM phrases p JOIN sources s ON s.phrase_id = p.id"
                           " JOIN documents d ON d.id = s.document_id"
                           " LEFT JOIN paragraphs g ON g.id = s.paragraph_id"
                           " WHERE p.kind IN ('sentence', 'point') AND p.key = ?"),
            storedPhraseKey(key));
    // A sentence the miner does not keep: look for it as written in the stored paragraphs
    // (a scan of the paragraph texts; such sentences are few in a finished draft).
    if (out.isEmpty() && !keptAsSentence(text))
        collect(QStringLiteral("SELECT d.title, d.file_name, g.section_path FROM paragraphs g"
                               " JOIN documents d ON d.id = g.document_id WHERE instr(g.text, ?) > 0"),
                text);
    return out;
}

} // namespace gaozi

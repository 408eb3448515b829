#include "library/librarycorpusindex.h"

#include "mining/slots.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {

QList<CorpusMatch> LibraryCorpusIndex::findVerbatim(const QString &sentence) const
{
    const QString key = phraseKey(slotify(sentence));
    QList<CorpusMatch> out;
    if (key.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT d.title, d.file_name, coalesce(g.section_path, '')"
        " FROM phrases p JOIN sources s ON s.phrase_id = p.id JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN paragraphs g ON g.id = s.paragraph_id"
        " WHERE p.kind = 'sentence' AND p.key = ? ORDER BY d.year DESC, d.id LIMIT 20"));
    q.addBindValue(key);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace gaozi

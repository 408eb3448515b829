#include "library/documentcatalog.h"

#include <QSqlQuery>
#include <QVariant>

namespace gaozi {
namespace {

const QString kInfoColumns = QStringLiteral(
    "d.id, d.path, d.file_name, d.title, d.year, d.genre, d.unit_type, d.format, d.encoding, d.char_count,"
    " d.dropped_lines, d.builtin, d.imported_at,"
    // Terms keep sources in their newest documents only (termrefresh.h), so
    // they are left out of every document's count alike.
    " (SELECT count(DISTINCT s.phrase_id) FROM sources s JOIN phrases p ON p.id = s.phrase_id"
    "  WHERE s.document_id = d.id AND p.kind <> 'term')");

DocumentInfo readInfo(const QSqlQuery &q)
{
    DocumentInfo d;
    d.id = q.value(0).toLongLong();
    d.path = q.value(1).toString();
    d.fileName = q.value(2).toString();
    d.title = q.value(3).toString();
    if (!q.value(4).isNull())
        d.year = q.value(4).toInt();
    d.genre = q.value(5).toString();
    d.unitType = q.value(6).toString();
    d.format = q.value(7).toString();
    d.encoding = q.value(8).toString();
    d.charCount = q.value(9).toInt();
    d.droppedLines = q.value(10).toInt();
    d.builtin = q.value(11).toBool();
    d.importedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    d.phraseCount = q.value(13).toInt();
    return d;
}

} // namespace

Result<QList<DocumentInfo>> DocumentCatalog::documents() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kInfoColumns
                + QStringLiteral(" FROM documents d ORDER BY d.year DESC, d.title, d.id")))
        return sqlError(QStringLiteral("cannot list documents"), q);
    QList<DocumentInfo> out;
    while (q.next())
        out.append(readInfo(q));
    return out;
}

Result<DocumentView> DocumentCatalog::document(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kInfoColumns + QStringLiteral(", d.outline_json FROM documents d WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read document"), q);
    if (!q.next())
        return Error{QStringLiteral("no document with id %1").arg(id)};
    DocumentView view;
    view.info = readInfo(q);
    view.outlineJson = q.value(14).toString();

    q.prepare(QStringLiteral("SELECT id, idx, section_path, text FROM paragraphs WHERE document_id = ? ORDER BY idx"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read document text"), q);
    while (q.next())
        view.paragraphs.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return view;
}

} // namespace gaozi

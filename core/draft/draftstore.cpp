#include "draft/draftstore.h"

#include "draft/draftconvert.h"
#include "draft/draftjson.h"
#include "library/sqlvalue.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace gaozi {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, genre, title_pattern, title_override, unit, year, period, doc_date, outline_json, created_at, updated_at");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What outline_json holds: the parts of a draft that are not columns.
QString outlineJson(const Draft &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("opening"), d.opening);
    if (!d.openingHint.isEmpty())
        o.insert(QStringLiteral("opening_hint"), d.openingHint);
    o.insert(QStringLiteral("sections"), sectionsToJson(d.sections));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void bindDraft(QSqlQuery &q, const Draft &d)
{
    q.addBindValue(sqlText(d.name));
    q.addBindValue(sqlText(d.genre));
    q.addBindValue(sqlText(d.titlePattern));
    q.addBindValue(sqlText(d.titleOverride));
    q.addBindValue(sqlText(d.fields.unit));
    q.addBindValue(d.fields.year);
    q.addBindValue(sqlText(d.fields.period));
    q.addBindValue(sqlText(d.fields.date.isValid() ? d.fields.date.toString(Qt::ISODate) : QString()));
    q.addBindValue(outlineJson(d));
    q.addBindValue(visibleLength(draftToPlainText(d)));
}

Result<Draft> readDraft(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.genre = q.value(2).toString();
    d.titlePattern = q.value(3).toString();
    d.titleOverride = q.value(4).toString();
    d.fields.unit = q.value(5).toString();
    d.fields.year = q.value(6).toInt();
    d.fields.period = q.value(7).toString();
    d.fields.date = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    QJsonParseError error;
    const QJsonDocument outline = QJsonDocument::fromJson(q.value(9).toString().toUtf8(), &error);
    if (!outline.isObject())
        return Error{QStringLiteral("draft %1 is damaged: %2").arg(d.id).arg(error.errorString())};
    const QJsonObject o = outline.object();
    d.opening = o.value(QStringLiteral("opening")).toString();
    d.openingHint = o.value(QStringLiteral("opening_hint")).toString();
    d.sections = sectionsFromJson(o.value(QStringLiteral("sections")).toArray());
    repairUids(d.sections);
    d.created = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    d.updated = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    return d;
}

Error noSuchDraft(qint64 id)
{
    return Error{QStringLiteral("no draft with id %1").arg(id)};
}

} // namespace

Result<QList<DraftSummary>> DraftStore::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, title_pattern, title_override, unit, year, period, genre,"
                               " char_count, updated_at FROM drafts ORDER BY updated_at DESC, id DESC")))
        return sqlError(QStringLiteral("cannot list drafts"), q);
    QList<DraftSummary> out;
    while (q.next()) {
        Draft d; // enough of one to compute its title
        d.titlePattern = q.value(2).toString();
        d.titleOverride = q.value(3).toString();
        d.fields.unit = q.value(4).toString();
        d.fields.year = q.value(5).toInt();
        d.fields.period = q.value(6).toString();
        DraftSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.title = d.title();
        s.genre = q.value(7).toString();
        s.year = d.fields.year;
        s.charCount = q.value(8).toInt();
        s.updated = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        out.append(s);
    }
    return out;
}

Result<Draft> DraftStore::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read draft %1").arg(id), q);
    if (!q.next())
        return noSuchDraft(id);
    return readDraft(q);
}

Result<qint64> DraftStore::create(const Draft &draft)
{
    qint64 id = 0;
    Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO drafts (name, genre, title_pattern, title_override, unit, year, period,"
                                 " doc_date, outline_json, char_count, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindDraft(q, draft);
        const QString t = now();
        q.addBindValue(t);
        q.addBindValue(t);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot store the new draft"), q);
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return Error{s.error()};
    return id;
}

Status DraftStore::save(const Draft &draft)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE drafts SET name = ?, genre = ?, title_pattern = ?, title_override = ?,"
                                 " unit = ?, year = ?, period = ?, doc_date = ?, outline_json = ?, char_count = ?,"
                                 " updated_at = ? WHERE id = ?"));
        bindDraft(q, draft);
        q.addBindValue(now());
        q.addBindValue(draft.id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot save draft %1").arg(draft.name), q);
        if (q.numRowsAffected() != 1)
            return noSuchDraft(draft.id);
        return {};
    });
}

Status DraftStore::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("a draft needs a name")};
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE drafts SET name = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(sqlText(name.trimmed()));
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot rename draft %1").arg(id), q);
        if (q.numRowsAffected() != 1)
            return noSuchDraft(id);
        return {};
    });
}

Result<qint64> DraftStore::duplicate(qint64 id, const QString &name)
{
    auto original = load(id);
    if (!original)
        return Error{original.error()};
    Draft copy = original.value();
    copy.name = name.trimmed().isEmpty() ? copy.name + QStringLiteral(" 副本") : name.trimmed();
    return create(copy);
}

Status DraftStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot delete draft %1").arg(id), q);
        if (q.numRowsAffected() != 1)
            return noSuchDraft(id);
        return {};
    });
}

} // namespace gaozi

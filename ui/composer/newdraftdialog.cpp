#include "ui/composer/newdraftdialog.h"

#include "draft/genretemplates.h"
#include "library/documentcatalog.h"
#include "ui/librarysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gaozi::ui {
namespace {

const QString kLastUnit = QStringLiteral("composer/lastUnit");

} // namespace

int NewDraftDialog::likelyYear(const QDate &today)
{
    return today.month() <= 3 ? today.year() - 1 : today.year();
}

NewDraftDialog::NewDraftDialog(LibrarySession *session, QWidget *parent)
    : QDialog(parent)
    , m_fromGenre(new QRadioButton(tr("From a genre template"), this))
    , m_genre(new QComboBox(this))
    , m_genreHelp(new QLabel(this))
    , m_fromDocument(new QRadioButton(tr("From the outline of a library document"), this))
    , m_document(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_period(new QComboBox(this))
    , m_hasDate(new QCheckBox(tr("Date line"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("New draft"));
    auto genres = genreTemplates();
    if (genres) {
        for (const auto &g : genres.value())
            m_genre->addItem(g.name, g.id);
    }
    m_genreHelp->setWordWrap(true);
    m_document->addItem(tr("Loading documents…"), 0);
    m_document->setEnabled(false);
    m_name->setPlaceholderText(tr("Defaults to the title"));
    m_unit->setText(QSettings().value(kLastUnit).toString());
    m_unit->setPlaceholderText(tr("e.g. 中共XX局机关委员会"));
    m_year->setRange(1949, 2100);
    m_year->setValue(likelyYear(QDate::currentDate()));
    m_period->addItems(draftPeriods());
    m_date->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    m_date->setCalendarPopup(true);
    m_fromGenre->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(m_fromGenre);
    form->addRow(m_genre);
    form->addRow(m_genreHelp);
    form->addRow(m_fromDocument);
    form->addRow(m_document);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Period"), m_period);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    form->addRow(tr("Date"), dateRow);
    form->addRow(tr("Draft name"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(kLastUnit, m_unit->text().trimmed());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fromGenre, &QRadioButton::toggled, this, &NewDraftDialog::updateState);
    connect(m_hasDate, &QCheckBox::toggled, this, &NewDraftDialog::updateState);
    connect(m_genre, &QComboBox::currentIndexChanged, this, &NewDraftDialog::updateState);
    updateState();

    session->run<Result<QList<DocumentInfo>>>([](Database &db) { return DocumentCatalog(db).documents(); })
        .then(this, [this](const Result<QList<DocumentInfo>> &docs) {
            m_document->clear();
            if (!docs || docs->isEmpty()) {
                m_document->addItem(docs ? tr("The library holds no documents") : docs.error(), 0);
                return;
            }
            for (const auto &d : docs.value()) {
                const QString year = d.year ? QString::number(*d.year) : QStringLiteral("—");
                m_document->addItem(QStringLiteral("%1  (%2)").arg(d.title.isEmpty() ? d.fileName : d.title, year), d.id);
            }
            updateState();
        });
}

void NewDraftDialog::updateState()
{
    const bool genre = m_fromGenre->isChecked();
    m_genre->setEnabled(genre);
    m_document->setEnabled(!genre && m_document->currentData().toLongLong() > 0);
    m_date->setEnabled(m_hasDate->isChecked());
    auto t = genreTemplate(m_genre->currentData().toString());
    m_genreHelp->setText(t ? t->description : QString());
    if (t && genre) {
        const int period = m_period->findText(t->period);
        if (period >= 0)
            m_period->setCurrentIndex(period);
    }
}

NewDraftRequest NewDraftDialog::request() const
{
    NewDraftRequest r;
    if (m_fromGenre->isChecked())
        r.genre = m_genre->currentData().toString();
    else
        r.documentId = m_document->currentData().toLongLong();
    r.fields.unit = m_unit->text().trimmed();
    r.fields.year = m_year->value();
    r.fields.period = m_period->currentText();
    r.fields.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    r.name = m_name->text().trimmed();
    return r;
}

void NewDraftDialog::setRequest(const NewDraftRequest &request)
{
    m_fromGenre->setChecked(request.documentId == 0);
    m_fromDocument->setChecked(request.documentId != 0);
    m_genre->setCurrentIndex(std::max(0, m_genre->findData(request.genre)));
    m_unit->setText(request.fields.unit);
    if (request.fields.year > 0)
        m_year->setValue(request.fields.year);
    m_period->setCurrentIndex(std::max(0, m_period->findText(request.fields.period)));
    m_hasDate->setChecked(request.fields.date.isValid());
    if (request.fields.date.isValid())
        m_date->setDate(request.fields.date);
    m_name->setText(request.name);
}

} // namespace gaozi::ui

#pragma once

#include "draft/draft.h"
#include "library/librarytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace gaozi::ui {

class LibrarySession;

// What a new draft starts from.
struct NewDraftRequest
{
    QString genre;          // a genre template id, or
    qint64 documentId = 0;  // a library document whose outline to take
    DraftFields fields;
    QString name;           // empty: the title
};

// Asks for a new draft's start (genre template or a library document's
// outline) and its fields. The documents list loads on a worker thread.
class NewDraftDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDraftDialog(LibrarySession *session, QWidget *parent = nullptr);

    NewDraftRequest request() const;
    void setRequest(const NewDraftRequest &request);

    // The year a summary written today is most likely about: last year in
    // the first quarter, when annual summaries are due, else this year.
    static int likelyYear(const QDate &today);

private:
    void updateState();

    QRadioButton *m_fromGenre;
    QComboBox *m_genre;
    QLabel *m_genreHelp;
    QRadioButton *m_fromDocument;
    QComboBox *m_document;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QSpinBox *m_year;
    QComboBox *m_period;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
};

} // namespace gaozi::ui

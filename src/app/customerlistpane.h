#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace valuedesk {

class CustomerListModel;
class Document;

// The searchable customer list: search box, table, and a column chooser on the header's context
// menu.
class CustomerListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPane(QWidget *parent = nullptr);

    void setDocument(Document *document); // nullptr closes
    CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    qint64 currentCustomerId() const;
    void selectCustomer(qint64 customerId);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void currentCustomerChanged(qint64 customerId); // 0 when none
    void countsChanged(int shown, int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showColumnMenu(const QPoint &position);
    void emitCurrent();

    QLineEdit *m_search;
    QLabel *m_error; // shown when the file cannot be read (e.g. damaged)
    QTableView *m_view;
    QTimer *m_searchDelay;
    CustomerListModel *m_model = nullptr;
    qint64 m_selectedBeforeReset = 0;
    qint64 m_lastEmitted = -1;
};

} // namespace valuedesk

#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace valuedesk {

class Document;

// A customer's records of one kind: a sortable table with Add, Edit and Delete. The typed part
// (which dialog, which Document call) lives in TypedRecordPanel<Record>.
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPanel(QWidget *parent = nullptr);

    virtual void setCustomer(qint64 customerId) = 0;
    QTableView *view() const { return m_view; }

public slots:
    void addRecord();
    void editCurrent();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;
    void setSourceModel(QAbstractItemModel *model);
    QModelIndex currentSourceIndex() const;
    void showError(const QString &message);
    void updateButtons();

    virtual void add() = 0;
    virtual void edit(int sourceRow) = 0;
    virtual void remove(int sourceRow) = 0;
    virtual bool hasCustomer() const = 0;
    virtual QString loadError() const = 0;
    virtual bool isReadOnly() const = 0; // the file is open read-only: no changes offered

private:
    void retranslate();

    QTableView *m_view;
    QLabel *m_error;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace valuedesk

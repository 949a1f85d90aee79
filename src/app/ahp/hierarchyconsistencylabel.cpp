#include "hierarchyconsistencylabel.h"

#include "ahp/ahpmodelsession.h"

#include <QEvent>

namespace valuedesk {

namespace {

const QColor passColour(0x1b, 0x7f, 0x3b);
const QColor failColour(0xc6, 0x28, 0x28);
constexpr int namesShown = 3;

} // namespace

HierarchyConsistencyLabel::HierarchyConsistencyLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("hierarchicalCrLabel"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    refresh();
}

void HierarchyConsistencyLabel::setSession(AhpModelSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &AhpModelSession::resultsChanged, this,
                &HierarchyConsistencyLabel::refresh);
    refresh();
}

void HierarchyConsistencyLabel::refresh()
{
    const bool show = m_session && m_session->results().ok();
    setVisible(show);
    if (!show) {
        clear();
        setToolTip(QString());
        return;
    }
    const HierarchyResult &r = *m_session->results();
    const AhpSettings &settings = m_session->model().settings;
    int judged = 0;
    QStringList failing;
    for (const HierarchyNodeResult &node : r.nodes) {
        if (!node.ahp)
            continue;
        ++judged;
        if (!node.ahp->consistent)
            failing.append(node.name);
    }
    const QString threshold = QString::number(settings.crThreshold, 'g', 3);
    const bool pass = r.hierarchicalCr < settings.crThreshold;
    QString text = tr("Overall consistency CR<sub>H</sub> = %1 %2 %3 (RI: %4)")
                       .arg(QString::number(r.hierarchicalCr, 'f', 3),
                            pass ? QStringLiteral("&lt;") : QStringLiteral("≥"), threshold,
                            Consistency::tableName(settings.randomIndex).toHtmlEscaped());
    QString nodes;
    if (judged == 0) {
        nodes = tr("no criterion is weighted by judgements");
    } else if (failing.isEmpty()) {
        nodes = tr("all %n judged criteria pass", nullptr, judged);
    } else {
        QStringList shown = failing.mid(0, namesShown);
        for (QString &name : shown)
            name = QStringLiteral("“%1”").arg(name.toHtmlEscaped());
        if (failing.size() > namesShown)
            shown.append(QStringLiteral("…"));
        nodes = tr("%n of %1 judged criteria fail: %2", nullptr, static_cast<int>(failing.size()))
                    .arg(judged)
                    .arg(shown.join(QStringLiteral(", ")));
    }
    setText(text + QStringLiteral(" — ") + nodes);
    m_consistent = r.consistent;
    setProperty("consistent", m_consistent);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, m_consistent ? passColour : failColour);
    setPalette(p);
    setToolTip(
        tr("<p>Hierarchical consistency ratio of the whole model:</p>"
           "<p><b>CR<sub>H</sub> = Σ g·CI / Σ g·RI</b></p>"
           "<p>summed over the criteria weighted by a judgement matrix, where g is the "
           "criterion's global weight, CI its consistency index and RI the random index of the "
           "%1 table. Criteria with typed weights or with aggregated priorities (AIP) have no CI "
           "and are left out; those with two sub-items add nothing. With several evaluators "
           "(AIJ) the group matrix counts; each evaluator's own CR is shown in the pairwise "
           "editor.</p>"
           "<p>The model passes when CR<sub>H</sub> &lt; %2 and the CR of every judged "
           "criterion is below %2 too.</p>")
            .arg(Consistency::tableName(settings.randomIndex).toHtmlEscaped(), threshold));
}

void HierarchyConsistencyLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace valuedesk

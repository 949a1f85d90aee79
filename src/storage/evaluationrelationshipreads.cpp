#include "checkedmoney.h"
#include "evaluationreadsteps.h"

// The relationship steps of EvaluationDataReader::read: attributes and ratings, interactions,
// surveys and balances.

namespace valuedesk::evaluationread {

namespace {

// parseInteractionKind without a QString for the stored English words.
std::optional<InteractionKind> interactionKind(const QByteArray &text)
{
    if (text == "call")
        return InteractionKind::Call;
    if (text == "visit")
        return InteractionKind::Visit;
    if (text == "complaint")
        return InteractionKind::Complaint;
    if (text == "referral")
        return InteractionKind::Referral;
    if (text == "training")
        return InteractionKind::Training;
    if (text == "other")
        return InteractionKind::Other;
    return parseInteractionKind(QString::fromUtf8(text));
}

} // namespace

// Attributes and manual ratings: MetricInputs::attributes, ratings.
Status readAttributes(const QSqlDatabase &db, const ReadContext &ctx)
{
    const QString ratingPrefix = QStringLiteral("rating:");
    Status s =
        forEachRow(db, QStringLiteral("SELECT customer_id, name, value FROM customer_attributes"),
                   {}, [&](const RowReader &r) {
                       MetricInputs *in = ctx.inputsOf(r.int64(0));
                       if (!in)
                           return;
                       const std::optional<double> v = numericAttribute(r.string(2));
                       if (!v)
                           return;
                       const QString name = r.string(1);
                       if (name.startsWith(ratingPrefix))
                           in->ratings.insert(name.mid(ratingPrefix.size()), *v);
                       else
                           in->attributes.insert(name, *v);
                   });
    if (!s)
        return s;
    return s;
}

// Interactions, surveys and balances: referrals … trainings, satisfaction, loyalty, trust,
// latestBalance, balanceSum, balanceCount.
Status readRelationship(const QSqlDatabase &db, const ReadContext &ctx)
{
    // Interactions per kind in the window: one scan of the table (there is no date index) counted
    // here; grouping per customer and kind in SQL cost a temporary B-tree, and a seek per
    // customer more than the scan.
    Status s = forEachRow(db,
                          QStringLiteral("SELECT customer_id, kind FROM interactions"
                                         " WHERE date >= ? AND date <= ?"),
                          {ctx.startText, ctx.asOfText}, [&](const RowReader &r) {
                              MetricInputs *in = ctx.inputsOf(r.int64(0));
                              if (!in)
                                  return;
                              const std::optional<InteractionKind> kind =
                                  interactionKind(r.text(1));
                              if (!kind)
                                  return;
                              switch (*kind) {
                              case InteractionKind::Referral:
                                  ++in->referrals;
                                  break;
                              case InteractionKind::Complaint:
                                  ++in->complaints;
                                  break;
                              case InteractionKind::Visit:
                                  ++in->visits;
                                  break;
                              case InteractionKind::Training:
                                  ++in->trainings;
                                  break;
                              case InteractionKind::Call:
                              case InteractionKind::Other:
                                  break;
                              }
                          });
    if (!s)
        return s;

    // Survey sums and counts in the window: one walk of the (customer_id, date) index, so each
    // customer's scores are added in date order as before (the sums are of doubles).
    s = forEachRow(db,
                   QStringLiteral("SELECT customer_id, total(satisfaction), count(satisfaction),"
                                  " total(loyalty), count(loyalty), total(trust), count(trust)"
                                  " FROM survey_scores INDEXED BY survey_scores_by_customer"
                                  " WHERE date >= ? AND date <= ?"
                                  " GROUP BY customer_id"),
                   {ctx.startText, ctx.asOfText}, [&](const RowReader &r) {
                       if (MetricInputs *in = ctx.inputsOf(r.int64(0))) {
                           in->satisfaction = ScoreSum{r.real(1), int(r.int64(2))};
                           in->loyalty = ScoreSum{r.real(3), int(r.int64(4))};
                           in->trust = ScoreSum{r.real(5), int(r.int64(6))};
                       }
                   });
    if (!s)
        return s;

    // Balances: sum and count in the window, and the latest on or before the as-of date (the
    // later row of one day wins). One walk of the (customer_id, date) index, whose order is
    // (customer_id, date, id): each customer's last row is its latest.
    s = forEachRow(db,
                   QStringLiteral("SELECT customer_id, date >= ?, amount_cents, date"
                                  " FROM balances INDEXED BY balances_by_customer"
                                  " WHERE date <= ? ORDER BY customer_id, date, id"),
                   {ctx.startText, ctx.asOfText}, [&](const RowReader &r) -> Status {
                       const qint64 id = r.int64(0);
                       MetricInputs *in = ctx.inputsOf(id);
                       if (!in)
                           return Status::success();
                       const qint64 amount = r.int64(2);
                       if (!r.isInteger(2) || !isRecordAmount(amount))
                           return impossibleStoredAmount(
                               db, QStringLiteral("balances/amount_cents"), id);
                       if (!r.date(3).isValid())
                           return invalidStoredDate(db, QStringLiteral("balances/date"), id);
                       in->latestBalance = amount;
                       if (r.int64(1) != 0) {
                           if (!addCents(in->balanceSum, amount))
                               return sumTooLarge(db, id);
                           ++in->balanceCount;
                       }
                       return Status::success();
                   });
    if (!s)
        return s;
    return Status::success();
}

} // namespace valuedesk::evaluationread

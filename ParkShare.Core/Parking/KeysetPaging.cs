using System.Linq.Expressions;

namespace ParkShare.Core.Parking;

/// <summary>
/// The one shape of a keyset page over rows ordered by a time and then an id: strictly after the previous page's
/// last row (<see cref="PageKey"/>), so rows inserted meanwhile never shift a page. Translated to SQL by EF Core.
/// </summary>
public static class KeysetPaging
{
    public static IQueryable<T> Page<T>(
        this IQueryable<T> query, Expression<Func<T, DateTime>> at, Expression<Func<T, Guid>> id, PageKey? after, int take, bool newestFirst)
    {
        if (after is { } key)
        {
            query = query.Where(After(at, id, key, newestFirst));
        }

        var ordered = newestFirst ? query.OrderByDescending(at).ThenByDescending(id) : query.OrderBy(at).ThenBy(id);
        return ordered.Take(take);
    }

    // newest first: at < key.At || (at == key.At && id < key.Id); oldest first with > instead.
    private static Expression<Func<T, bool>> After<T>(Expression<Func<T, DateTime>> at, Expression<Func<T, Guid>> id, PageKey key, bool newestFirst)
    {
        var row = at.Parameters[0];
        var atBody = at.Body;
        var idBody = new Rebind(id.Parameters[0], row).Visit(id.Body);
        // A closure, not constants, so that EF Core sends the key as parameters and reuses the query plan.
        var holder = Expression.Constant(new Holder(key.AtUtc, key.Id));
        var keyAt = Expression.Property(holder, nameof(Holder.AtUtc));
        var keyId = Expression.Property(holder, nameof(Holder.Id));
        var compare = Expression.Call(idBody, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, keyId);
        var zero = Expression.Constant(0);
        var body = Expression.OrElse(
            newestFirst ? Expression.LessThan(atBody, keyAt) : Expression.GreaterThan(atBody, keyAt),
            Expression.AndAlso(Expression.Equal(atBody, keyAt), newestFirst ? Expression.LessThan(compare, zero) : Expression.GreaterThan(compare, zero)));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private sealed record Holder(DateTime AtUtc, Guid Id);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

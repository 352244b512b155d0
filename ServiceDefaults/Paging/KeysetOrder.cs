using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Hfi.ServiceDefaults.Paging;

/// <summary>
/// One page of rows in the order of a key and an id (the columns of an index): sorted by both, after the page token's
/// position (a row-value comparison, <c>(key, id) &gt; (@key, @id)</c>, which Postgres answers from the index), and
/// no more than the page fetches.
/// </summary>
public static class KeysetOrder
{
    public static IQueryable<T> PageInOrder<T, TKey>(
        this IQueryable<T> query,
        PageRequest page,
        Expression<Func<T, TKey>> key,
        Expression<Func<T, Guid>> id,
        Func<PageRequest, TKey> keyInToken,
        bool descending = false
    )
    {
        if (!page.IsFirst)
            query = query.Where(After(key, id, new Position<TKey>(keyInToken(page), page.GuidAt(1)), descending));
        var sorted = descending ? query.OrderByDescending(key).ThenByDescending(id) : query.OrderBy(key).ThenBy(id);
        return sorted.Take(page.Fetch);
    }

    private static Expression<Func<T, bool>> After<T, TKey>(
        Expression<Func<T, TKey>> key,
        Expression<Func<T, Guid>> id,
        Position<TKey> position,
        bool descending
    )
    {
        Expression<Func<TKey, Guid, Position<TKey>, bool>> comparison = descending
            ? (k, i, p) => EF.Functions.LessThan(ValueTuple.Create(k, i), ValueTuple.Create(p.Key, p.Id))
            : (k, i, p) => EF.Functions.GreaterThan(ValueTuple.Create(k, i), ValueTuple.Create(p.Key, p.Id));
        var row = key.Parameters[0];
        var body = new Substitution(
            new Dictionary<ParameterExpression, Expression>
            {
                [comparison.Parameters[0]] = key.Body,
                [comparison.Parameters[1]] = new Substitution(
                    new Dictionary<ParameterExpression, Expression> { [id.Parameters[0]] = row }
                ).Visit(id.Body),
                // A member of a constant, as a captured variable is: EF sends it as a parameter, not as SQL text.
                [comparison.Parameters[2]] = Expression.Constant(position),
            }
        ).Visit(comparison.Body);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private sealed record Position<TKey>(TKey Key, Guid Id);

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            by.TryGetValue(node, out var replacement) ? replacement : node;
    }
}

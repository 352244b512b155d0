using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Hfi.ServiceDefaults.Paging;

/// <summary>
/// The keyset order of a paged list, stated once: its sort keys as a tuple (the columns of an index, the last one
/// unique), and how the page token gives them back. A page is the rows after the token's position (a row-value
/// comparison, <c>(k1, k2, …) &gt; (@k1, @k2, …)</c>, which Postgres answers from the index), sorted by every
/// key in one direction, no more than the page fetches; the next token is made of the same keys of the page's last
/// row.
/// </summary>
/// <typeparam name="T">The row.</typeparam>
/// <typeparam name="TKeys">A <see cref="ValueTuple"/> of the sort keys.</typeparam>
public sealed class Keyset<T, TKeys>
    where TKeys : struct, ITuple
{
    private static readonly MethodInfo GreaterThan = ComparisonOf((a, b) => EF.Functions.GreaterThan(a, b));
    private static readonly MethodInfo LessThan = ComparisonOf((a, b) => EF.Functions.LessThan(a, b));

    private readonly Expression<Func<T, TKeys>> _keys;
    private readonly IReadOnlyList<Expression> _columns;
    private readonly MethodInfo _positionTuple;
    private readonly (MethodInfo Method, LambdaExpression Key)[] _orderings;
    private readonly Func<T, TKeys> _keysOf;
    private readonly Func<PageRequest, TKeys> _keysInToken;
    private readonly bool _descending;

    internal Keyset(Expression<Func<T, TKeys>> keys, Func<PageRequest, TKeys> keysInToken, bool descending)
    {
        _columns = keys.Body switch
        {
            MethodCallExpression { Method.Name: nameof(ValueTuple.Create) } create => create.Arguments,
            NewExpression tuple => tuple.Arguments,
            _ => throw new ArgumentException("The keys must be written as ValueTuple.Create(…).", nameof(keys)),
        };
        _keys = keys;
        // The reflection is done once per list, not on every page read.
        _positionTuple = TupleCreate(_columns.Select(column => column.Type).ToArray());
        _orderings = _columns
            .Select((column, i) => (SortMethod(first: i == 0, descending, column.Type), Lambda(column)))
            .ToArray();
        _keysOf = InMemory(keys).Compile();
        _keysInToken = keysInToken;
        _descending = descending;
    }

    /// <summary>
    /// The rows of the page asked for, in keyset order: one more than the page, to see if another follows.
    /// </summary>
    public IQueryable<T> PageInOrder(IQueryable<T> query, PageRequest page) =>
        InOrderAfter(query, PositionIn(page)).Take(page.Fetch);

    /// <summary>The keys of the last row of the page before (null on the first page).</summary>
    public TKeys? PositionIn(PageRequest page) => page.IsFirst ? null : _keysInToken(page);

    /// <summary>The rows after <paramref name="position"/> (all rows for null), in keyset order.</summary>
    public IQueryable<T> InOrderAfter(IQueryable<T> query, TKeys? position)
    {
        if (position is { } after)
            query = query.Where(After(after));
        foreach (var (method, key) in _orderings)
            query = (IQueryable<T>)method.Invoke(null, [query, key])!;
        return query;
    }

    /// <summary>The sort keys of a row as the database compares them.</summary>
    public TKeys KeysOf(T row) => _keysOf(row);

    /// <summary>The page out of the rows <see cref="PageInOrder"/> read, with the next page's token.</summary>
    public Page<T> PageOf(PageRequest page, IReadOnlyList<T> fetched) => PageOf(page, fetched, row => row);

    /// <summary>The page out of items made from rows read in this order (e.g. joined after the read).</summary>
    public Page<TItem> PageOf<TItem>(PageRequest page, IReadOnlyList<TItem> fetched, Func<TItem, T> rowOf) =>
        page.PageOf(fetched, item => TokenKeys(KeysOf(rowOf(item))));

    /// <summary>Reads a page: the rows after the token's position, in this order, and the next page's token.</summary>
    public async Task<Page<T>> ReadPageAsync(
        IQueryable<T> query,
        PageRequest page,
        CancellationToken cancellationToken
    ) => PageOf(page, await PageInOrder(query, page).ToListAsync(cancellationToken));

    private static object[] TokenKeys(TKeys keys)
    {
        var values = new object[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            values[i] = keys[i] ?? throw new InvalidOperationException($"Sort key {i} of a page's last row is null.");
        return values;
    }

    private Expression<Func<T, bool>> After(TKeys position)
    {
        // Each key of the position as a member of a constant, as a captured variable is: EF sends them as
        // parameters, not as SQL text.
        var holder = Expression.Field(Expression.Constant(new Position(position)), nameof(Position.Keys));
        var items = _columns.Select((column, i) => (Expression)Expression.Field(holder, $"Item{i + 1}")).ToArray();
        var right = Expression.Call(_positionTuple, items);
        var body = Expression.Call(
            _descending ? LessThan : GreaterThan,
            Expression.Constant(EF.Functions),
            Expression.Convert(_keys.Body, typeof(ITuple)),
            Expression.Convert(right, typeof(ITuple))
        );
        return Expression.Lambda<Func<T, bool>>(body, _keys.Parameters);
    }

    private LambdaExpression Lambda(Expression column) => Expression.Lambda(column, _keys.Parameters);

    private static MethodInfo SortMethod(bool first, bool descending, Type column)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return typeof(Queryable)
            .GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(T), column);
    }

    private static MethodInfo TupleCreate(Type[] types) =>
        typeof(ValueTuple)
            .GetMethods()
            .Single(m => m.Name == nameof(ValueTuple.Create) && m.GetGenericArguments().Length == types.Length)
            .MakeGenericMethod(types);

    private static MethodInfo ComparisonOf(Expression<Func<TKeys, TKeys, bool>> comparison) =>
        ((MethodCallExpression)comparison.Body).Method;

    /// <summary>The keys as C# computes them, for the token: a collation is the database's, left out.</summary>
    private static Expression<Func<T, TKeys>> InMemory(Expression<Func<T, TKeys>> keys) =>
        (Expression<Func<T, TKeys>>)new WithoutCollation().Visit(keys);

    private sealed class Position(TKeys keys)
    {
        public readonly TKeys Keys = keys;
    }

    private sealed class WithoutCollation : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(RelationalDbFunctionsExtensions.Collate)
            && node.Method.DeclaringType == typeof(RelationalDbFunctionsExtensions)
                ? Visit(node.Arguments[1])
                : base.VisitMethodCall(node);
    }
}

/// <summary>Makes a <see cref="Keyset{T, TKeys}"/>: its keys written once, as <c>ValueTuple.Create(…)</c>.</summary>
public static class Keyset
{
    public static Keyset<T, TKeys> Ascending<T, TKeys>(
        Expression<Func<T, TKeys>> keys,
        Func<PageRequest, TKeys> keysInToken
    )
        where TKeys : struct, ITuple => new(keys, keysInToken, descending: false);

    public static Keyset<T, TKeys> Descending<T, TKeys>(
        Expression<Func<T, TKeys>> keys,
        Func<PageRequest, TKeys> keysInToken
    )
        where TKeys : struct, ITuple => new(keys, keysInToken, descending: true);
}

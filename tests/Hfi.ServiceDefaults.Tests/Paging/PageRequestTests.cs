using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Paging;

namespace Hfi.ServiceDefaults.Tests.Paging;

public sealed class PageRequestTests
{
    private static readonly PageLimits Limits = new(Default: 10, Maximum: 100);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    [InlineData(int.MaxValue, 100)]
    public void Page_size_zero_is_the_default_and_a_larger_one_is_coerced_to_the_maximum(int asked, int size) =>
        Assert.Equal(size, PageRequest.Of(asked, null, Limits, "list").Size);

    [Fact]
    public void A_negative_page_size_is_refused_naming_page_size()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(-1, null, Limits, "list"));
        Assert.Equal("page_size", Assert.Single(refusal.Errors).Field);
        Assert.Equal(Reasons.PageSizeNegative, refusal.Reason);
    }

    [Fact]
    public void The_next_token_carries_the_keys_of_the_last_item_on_the_page()
    {
        var at = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        var id = Guid.CreateVersion7();
        var first = PageRequest.Of(2, null, Limits, "list", "arena");
        var page = first.PageOf(
            [(at.AddDays(-1), Guid.Empty), (at, id), (at.AddDays(1), Guid.Empty)],
            i => [i.Item1, i.Item2]
        );

        Assert.Equal(2, page.Items.Count);
        var next = PageRequest.Of(2, page.NextPageToken, Limits, "list", "arena");
        Assert.False(next.IsFirst);
        Assert.Equal(at, next.TimeAt(0));
        Assert.Equal(id, next.GuidAt(1));
    }

    [Fact]
    public void The_last_page_has_no_next_token()
    {
        var page = PageRequest.Of(3, null, Limits, "list").PageOf([1, 2, 3], i => [i]);
        Assert.Equal(3, page.Items.Count);
        Assert.Equal(string.Empty, page.NextPageToken);
    }

    [Fact]
    public void Texts_dates_and_numbers_survive_the_token()
    {
        var token = PageToken.Encode(PageToken.Binding("list", []), ["Ås, Kari \"K\"", new DateOnly(2030, 12, 31), -7]);
        var page = PageRequest.Of(0, token, Limits, "list");
        Assert.Equal("Ås, Kari \"K\"", page.TextAt(0));
        Assert.Equal(new DateOnly(2030, 12, 31), page.DateAt(1));
        Assert.Equal(-7, page.IntAt(2));
    }

    [Fact]
    public void The_token_is_url_safe()
    {
        var token = PageToken.Encode(PageToken.Binding("list", []), [new string('?', 40), Guid.NewGuid()]);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Theory]
    [InlineData("arena-b", "2031")]
    [InlineData("arena-a", "2030")]
    [InlineData("arena-a", null)]
    public void A_token_given_for_other_filters_is_refused_naming_page_token(string? arena, string? year)
    {
        var token = PageRequest.Of(1, null, Limits, "list", "arena-a", "2031").PageOf([1, 2], i => [i]).NextPageToken;
        var refusal = Assert.Throws<ValidationFailedException>(() =>
            PageRequest.Of(1, token, Limits, "list", arena, year)
        );
        Assert.Equal("page_token", Assert.Single(refusal.Errors).Field);
        Assert.Equal(Reasons.PageTokenMismatch, refusal.Reason);
    }

    [Fact]
    public void A_token_of_another_list_is_refused()
    {
        var token = PageRequest.Of(1, null, Limits, "notices").PageOf([1, 2], i => [i]).NextPageToken;
        var refusal = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(1, token, Limits, "deliveries"));
        Assert.Equal(Reasons.PageTokenMismatch, refusal.Reason);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("%%%")]
    [InlineData("bnVsbA")] // null
    [InlineData("WyIxIl0")] // ["1"]
    [InlineData("WyIyIiwiYSIsIjEiXQ")] // ["2","a","1"]: an unknown version
    [InlineData("e30")] // {}
    public void A_token_the_list_never_gave_is_refused_naming_page_token(string token)
    {
        var refusal = Assert.Throws<ValidationFailedException>(() => PageRequest.Of(1, token, Limits, "list"));
        Assert.Equal("page_token", Assert.Single(refusal.Errors).Field);
        Assert.Equal(Reasons.PageTokenInvalid, refusal.Reason);
    }

    [Fact]
    public void A_very_long_token_is_refused_before_it_is_read() =>
        Assert.Throws<ValidationFailedException>(() => PageRequest.Of(1, new string('A', 5000), Limits, "list"));

    [Fact]
    public void Keys_of_the_wrong_kind_are_refused_as_an_invalid_token()
    {
        var token = PageToken.Encode(
            PageToken.Binding("list", []),
            ["not-a-time", "not-a-guid", "99999999999999999999"]
        );
        var page = PageRequest.Of(1, token, Limits, "list");
        Assert.Throws<ValidationFailedException>(() => page.TimeAt(0));
        Assert.Throws<ValidationFailedException>(() => page.GuidAt(1));
        Assert.Throws<ValidationFailedException>(() => page.IntAt(2));
        Assert.Throws<ValidationFailedException>(() => page.TextAt(3));
    }

    [Fact]
    public void A_short_list_read_whole_pages_by_position()
    {
        var all = Enumerable.Range(1, 7).ToList();
        var first = PageRequest.Of(3, null, Limits, "regions").PageOfLoaded(all);
        var second = PageRequest.Of(3, first.NextPageToken, Limits, "regions").PageOfLoaded(all);
        var third = PageRequest.Of(3, second.NextPageToken, Limits, "regions").PageOfLoaded(all);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], [.. first.Items, .. second.Items, .. third.Items]);
        Assert.Equal(string.Empty, third.NextPageToken);
    }

    [Fact]
    public async Task Every_page_is_read_until_the_last()
    {
        var all = Enumerable.Range(1, 25).ToList();
        var calls = 0;
        var read = await AllPages.ReadAsync(
            token =>
            {
                calls++;
                return Task.FromResult(PageRequest.Of(10, token, Limits, "list").PageOfLoaded(all));
            },
            page => page.Items,
            page => page.NextPageToken
        );
        Assert.Equal(all, read);
        Assert.Equal(3, calls);
    }
}

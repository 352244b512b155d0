using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Recipients;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Tests.Data;

/// <summary>The COPY of a notice's new deliveries names its columns by hand: they must cover the EF model's.</summary>
public sealed class DeliveryRowsTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_column_of_the_deliveries_table_is_copied_or_left_null_on_creation()
    {
        using var db = Context();
        var columns = db
            .Model.FindEntityType(typeof(Delivery))!
            .GetTableMappings()
            .Single()
            .ColumnMappings.Select(mapping => mapping.Column.Name);

        Assert.Equal(columns.Order(), DeliveryRows.Columns.Concat(DeliveryRows.NullOnCreation).Order());
        Assert.Equal(DeliveryRows.Columns.Length, DeliveryRows.Columns.Distinct().Count());
    }

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.InApp)]
    public void What_the_copy_leaves_out_is_null_in_a_new_delivery(Channel channel)
    {
        using var db = Context();
        var delivery = Delivery.Create(
            Guid.NewGuid(),
            new Recipient("m1", "Kari Kommune", "kari@hamar.kommune.no", true),
            channel,
            Now,
            Now.AddMinutes(1)
        );
        var entity = db.Model.FindEntityType(typeof(Delivery))!;

        foreach (var column in DeliveryRows.NullOnCreation)
        {
            var property = entity.GetProperties().Single(p => p.GetColumnName() == column);
            Assert.Null(property.GetGetter().GetClrValue(delivery));
        }
    }

    // The model only: nothing connects.
    private static NotificationsDbContext Context() =>
        new(new DbContextOptionsBuilder<NotificationsDbContext>().UseNpgsql("Host=localhost;Database=model").Options);
}

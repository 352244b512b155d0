using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hfi.Notifications.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<NotificationsDbContext>()
                .UseNpgsql("Host=localhost;Database=notificationsdb")
                .Options
        );
}

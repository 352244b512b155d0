using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hfi.ServiceDefaults.Hosting;

public static class OptionsExtensions
{
    /// <summary>
    /// Binds the options to their configuration section and checks their data annotations when the host starts, so a
    /// wrong setting stops the start instead of failing the first request that needs it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IHostApplicationBuilder builder,
        string sectionName
    )
        where TOptions : class =>
        builder
            .Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}

using System.Security.Cryptography;

namespace Hfi.AppHost;

/// <summary>
/// The development JWT signing key: 32 random bytes (base64), generated once into a file only its owner can read.
/// </summary>
public static class DevelopmentSigningKey
{
    private const int KeyBytes = 32;

    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(key);
        return key;
    }
}

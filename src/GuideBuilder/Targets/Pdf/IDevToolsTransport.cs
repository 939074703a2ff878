namespace GuideBuilder.Targets.Pdf;

/// <summary>How DevTools protocol messages reach the browser and come back: a pipe, or a WebSocket.</summary>
public interface IDevToolsTransport : IAsyncDisposable
{
    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellation);

    /// <summary>The next whole message, or null once the browser has closed its end.</summary>
    Task<byte[]?> ReceiveAsync(CancellationToken cancellation);
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// A minimal Chrome DevTools Protocol client: send a command, await its answer, await an event.
/// Hand-written because the tool only needs a handful of commands to print PDFs, and
/// Microsoft.Playwright would add a bundled Node.js runtime (about 200 MB) to every installation
/// of GuideBuilder; the tests still use Playwright.
/// </summary>
public sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly IDevToolsTransport _transport;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentDictionary<(string? Session, string Method), TaskCompletionSource<JsonObject>> _waiters = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Task _reader;
    private int _nextId;
    private volatile bool _closed;

    public DevToolsConnection(IDevToolsTransport transport)
    {
        _transport = transport;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Starts waiting for an event before the command that causes it is sent.</summary>
    public Task<JsonObject> WaitForEventAsync(string method, string? sessionId)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[(sessionId, method)] = waiter;
        return waiter.Task;
    }

    public async Task<JsonObject> SendAsync(string method, object? parameters = null, string? sessionId = null, CancellationToken cancellation = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        if (_closed)
        {
            answer.TrySetException(Closed());
        }

        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(cancellation);
        try
        {
            await _transport.SendAsync(bytes, cancellation);
        }
        catch (IOException gone)
        {
            throw new InvalidOperationException("the browser closed the DevTools connection", gone);
        }
        finally
        {
            _sendLock.Release();
        }

        using var registration = cancellation.Register(() => answer.TrySetCanceled());
        var result = await answer.Task;
        return result["error"] is JsonObject error
            ? throw new InvalidOperationException($"{method}: {error["message"]}")
            : result["result"] as JsonObject ?? [];
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await _transport.ReceiveAsync(_stop.Token) is { } message)
            {
                Dispatch(JsonNode.Parse(message)!.AsObject());
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The browser went away or we are closing: fail whatever still waits.
        }

        _closed = true;
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(Closed());
        }
    }

    private static InvalidOperationException Closed() => new("the browser closed the DevTools connection");

    private void Dispatch(JsonObject message)
    {
        if (message["id"] is JsonValue idValue && _pending.TryRemove(idValue.GetValue<int>(), out var answer))
        {
            answer.TrySetResult(message);
        }
        else if (message["method"]?.GetValue<string>() is { } method
            && _waiters.TryRemove((message["sessionId"]?.GetValue<string>(), method), out var waiter))
        {
            waiter.TrySetResult(message["params"] as JsonObject ?? []);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _transport.DisposeAsync();
        await _reader.ConfigureAwait(false);
        _stop.Dispose();
        _sendLock.Dispose();
    }
}

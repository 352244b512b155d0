namespace Hfi.Hosting.Orchestration;

/// <summary>The live state of one resource, written by its runner and the supervisor, read by the dashboard and tests.</summary>
internal sealed class ResourceStatus(string name, string type, ConsoleOutput console)
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _firstHealthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ResourceState _state = ResourceState.NotStarted;
    private ResourceHealth _health = ResourceHealth.Unknown;
    private IReadOnlyList<ResourceEndpoint> _endpoints = [];
    private int? _processId;
    private int _restartCount;
    private int? _exitCode;
    private string? _message;

    public string Name { get; } = name;

    public ResourceLog Log { get; } = new();

    public ResourceState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    public ResourceHealth Health
    {
        get
        {
            lock (_lock)
            {
                return _health;
            }
        }
    }

    /// <summary>True once the resource has been healthy since its process last started.</summary>
    public bool HealthySinceLaunch { get; private set; }

    /// <summary>A line of the resource's own output: kept for the dashboard and written to the console.</summary>
    public void Output(string line)
    {
        Log.Add(line);
        console.WriteLine(Name, line);
    }

    public void SetState(ResourceState state, string? message = null)
    {
        lock (_lock)
        {
            _state = state;
            _message = message;
            _health = state switch
            {
                ResourceState.Running => _health,
                ResourceState.Exited or ResourceState.Restarting or ResourceState.Failed => ResourceHealth.Unhealthy,
                _ => ResourceHealth.Unknown,
            };
        }
    }

    /// <summary>A note on a running resource (e.g. parked messages); a change of state replaces it.</summary>
    public void SetRunningMessage(string? message)
    {
        lock (_lock)
        {
            if (_state is ResourceState.Running) _message = message;
        }
    }

    public void SetEndpoints(IReadOnlyList<ResourceEndpoint> endpoints)
    {
        lock (_lock)
        {
            _endpoints = endpoints;
        }
    }

    /// <summary>Records a newly started process (a restart counts when <paramref name="isRestart"/>).</summary>
    public void ProcessStarted(int processId, bool isRestart)
    {
        lock (_lock)
        {
            _processId = processId;
            _exitCode = null;
            _restartCount += isRestart ? 1 : 0;
            HealthySinceLaunch = false;
        }
    }

    public void ProcessExited(int exitCode, string message)
    {
        lock (_lock)
        {
            _processId = null;
            _exitCode = exitCode;
        }

        SetState(ResourceState.Exited, message);
    }

    /// <summary>Records that the AppHost stopped the resource; a failure stays visible.</summary>
    public void ProcessStopped()
    {
        lock (_lock)
        {
            _processId = null;
            if (_state is not ResourceState.Failed)
            {
                _state = ResourceState.Stopped;
                _health = ResourceHealth.Unknown;
                _message = null;
            }
        }
    }

    /// <summary>Records a probe result; returns the previous health when it changed, null otherwise.</summary>
    public ResourceHealth? SetHealth(bool healthy)
    {
        var health = healthy ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
        lock (_lock)
        {
            if (_state is not ResourceState.Running || _health == health)
            {
                return null;
            }

            var previous = _health;
            _health = health;
            if (healthy)
            {
                HealthySinceLaunch = true;
                _firstHealthy.TrySetResult();
            }

            return previous;
        }
    }

    public void Fail(string message)
    {
        SetState(ResourceState.Failed, message);
        _firstHealthy.TrySetException(new ResourceFailedException(Name, message));
    }

    /// <summary>Completes the first time the resource is healthy; throws <see cref="ResourceFailedException"/> if it failed.</summary>
    public Task WhenHealthyAsync(CancellationToken cancellationToken) => _firstHealthy.Task.WaitAsync(cancellationToken);

    public ResourceSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new ResourceSnapshot(
                Name, type, _state, _health, _endpoints, _processId, _restartCount, _exitCode, _message, Log.Lines());
        }
    }
}

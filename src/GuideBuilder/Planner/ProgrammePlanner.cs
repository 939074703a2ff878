namespace GuideBuilder.Planner;

/// <summary>
/// Proposes a programme of a number of days from timed items (modules' presentations and exercises):
/// in the order given, never splitting an item, with a lunch break between the half-days and a short
/// break after about an hour and a half of work. The days are balanced: each one takes about its share
/// of what is left, unless filling each day as far as it goes leaves out less. What does not fit (an item
/// longer than a half-day, or what the days cannot hold) is returned in order rather than dropped.
/// </summary>
public static class ProgrammePlanner
{
    public static Programme<T> Plan<T>(IReadOnlyList<T> items, Func<T, int> minutesOf, int days, DayShape shape)
    {
        var balanced = Plan(items, minutesOf, days, shape, balance: true);
        var packed = Plan(items, minutesOf, days, shape, balance: false);
        return packed.Unplaced.Count < balanced.Unplaced.Count ? packed : balanced;
    }

    private static Programme<T> Plan<T>(IReadOnlyList<T> items, Func<T, int> minutesOf, int days, DayShape shape, bool balance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var unplaced = new List<T>();
        var programme = new List<ProgrammeDay<T>>();
        var next = 0;
        for (var day = 1; day <= days; day++)
        {
            var remaining = items.Skip(next).Select(minutesOf).Where(m => m <= shape.HalfDayMinutes).Sum();
            var share = (remaining + days - day) / (days - day + 1);
            var builder = new DayBuilder<T>(shape);
            for (; next < items.Count; next++)
            {
                var item = items[next];
                var minutes = Math.Max(0, minutesOf(item));
                if (minutes > shape.HalfDayMinutes)
                {
                    unplaced.Add(item);
                    continue;
                }

                // Leave an item for the next day when this one has had its share and would overshoot by more than half the item.
                var overshoots = balance && builder.Work > 0 && day < days && builder.Work + minutes - share > minutes / 2;
                if (overshoots || !builder.TryAdd(item, minutes))
                {
                    break;
                }
            }

            programme.Add(new ProgrammeDay<T>(day, builder.Slots));
        }

        unplaced.AddRange(items.Skip(next));
        return new Programme<T>(days, programme, unplaced);
    }

    /// <summary>Fills one day: the morning, then lunch and the afternoon, inserting breaks as the work runs on.</summary>
    private sealed class DayBuilder<T>(DayShape shape)
    {
        private readonly List<ProgrammeSlot<T>> _slots = [];
        private bool _afternoon;
        private bool _lunchDue;
        private int _usedInHalfDay;
        private int _sinceBreak;
        private int _clock;

        public IReadOnlyList<ProgrammeSlot<T>> Slots => _slots;

        public int Work { get; private set; }

        public bool TryAdd(T item, int minutes)
        {
            if (_usedInHalfDay + minutes > shape.HalfDayMinutes)
            {
                if (_afternoon)
                {
                    return false;
                }

                _afternoon = true;
                _lunchDue = _slots.Count > 0;
                _usedInHalfDay = 0;
                _sinceBreak = 0;
            }

            if (_lunchDue)
            {
                Add(SlotKind.Lunch, shape.LunchMinutes, default);
                _lunchDue = false;
            }
            else if (_sinceBreak > 0 && _sinceBreak + minutes > shape.BreakAfter + shape.BreakTolerance)
            {
                Add(SlotKind.Break, shape.BreakMinutes, default);
                _sinceBreak = 0;
            }

            Add(SlotKind.Session, minutes, item);
            _usedInHalfDay += minutes;
            _sinceBreak += minutes;
            Work += minutes;
            return true;
        }

        private void Add(SlotKind kind, int minutes, T? item)
        {
            _slots.Add(new ProgrammeSlot<T>(kind, _clock, minutes, item));
            _clock += minutes;
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>A new level (name, floor, outline size) or a copy of one onto another floor; messages show at their fields.</summary>
public sealed partial class LevelForm
{
    private string _name = string.Empty;
    private int _ordinal = -1;
    private double _width = 100;
    private double _depth = 60;
    private string? _nameError;
    private string? _ordinalError;
    private string? _sizeError;
    private string? _error;
    private bool _busy;

    [Parameter]
    public Guid LotId { get; set; }

    /// <summary>The level to copy; empty to add a new level.</summary>
    [Parameter]
    public Guid SourceLevelId { get; set; }

    [Parameter]
    public string? SourceName { get; set; }

    [Parameter]
    public int SuggestedOrdinal { get; set; } = -1;

    [Parameter]
    public EventCallback<Guid> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LevelForm> L { get; set; } = default!;

    private bool IsCopy => SourceLevelId != Guid.Empty;

    private string Prefix => IsCopy ? "level-copy" : "level-add";

    protected override void OnInitialized() => _ordinal = SuggestedOrdinal;

    private async Task SubmitAsync()
    {
        (_nameError, _ordinalError, _sizeError, _error) = (null, null, null, null);
        _busy = true;
        try
        {
            var user = (await Auth).User;
            var outcome = IsCopy
                ? await Editing.CopyLevelAsync(user, LotId, SourceLevelId, _name, _ordinal)
                : await Editing.AddLevelAsync(user, LotId, new NewLevel(_name, _ordinal, _width, _depth));
            if (outcome.Succeeded)
            {
                _name = string.Empty;
                await OnSaved.InvokeAsync(outcome.Id ?? Guid.Empty);
                return;
            }

            var message = LotEditMessages.Text(L, outcome);
            switch (outcome.Error)
            {
                case LotEditError.NameRequired or LotEditError.NameTooLong or LotEditError.NameInvalid or LotEditError.LevelNameTaken:
                    _nameError = message;
                    break;
                case LotEditError.OrdinalTaken or LotEditError.OrdinalOutOfRange:
                    _ordinalError = message;
                    break;
                case LotEditError.SizeOutOfRange:
                    _sizeError = message;
                    break;
                default:
                    _error = message;
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}

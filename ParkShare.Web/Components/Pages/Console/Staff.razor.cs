using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Web.Console;

namespace ParkShare.Web.Components.Pages.Console;

/// <summary>Admins create operators and assign them lots; there is no public registration.</summary>
public sealed partial class Staff
{
    private IReadOnlyList<OperatorListItem> _staff = [];
    private IReadOnlyList<LotListItem> _lots = [];
    private string _email = string.Empty;
    private string _name = string.Empty;
    private string _password = string.Empty;
    private List<string> _errors = [];

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private StaffAdministration Administration { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Staff> L { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _staff = await Administration.ListAsync();
        _lots = await Access.VisibleLotsAsync((await Auth).User);
    }

    private string LotName(Guid id) => _lots.FirstOrDefault(l => l.Id == id)?.Name ?? string.Empty;

    private async Task CreateAsync()
    {
        _errors = [];
        if (!new EmailAddressAttribute().IsValid(_email) || string.IsNullOrWhiteSpace(_email))
        {
            _errors.Add(L["Staff.Error.Email"]);
        }

        if (string.IsNullOrWhiteSpace(_name))
        {
            _errors.Add(L["Staff.Error.Name"]);
        }

        if (_errors.Count > 0)
        {
            return;
        }

        var codes = await Administration.CreateOperatorAsync(_email, _name, _password);
        if (codes.Count > 0)
        {
            // Identity's own descriptions are English only; show ours in the page language.
            _errors = [.. codes.Select(c => L[$"Identity.{c}"].ResourceNotFound ? L["Identity.Other"].Value : L[$"Identity.{c}"].Value)];
            return;
        }

        Snackbar.Add(L["Staff.Created", _email], Severity.Success);
        (_email, _name, _password) = (string.Empty, string.Empty, string.Empty);
        await LoadAsync();
    }

    private async Task AssignAsync(OperatorListItem member, IEnumerable<Guid>? lotIds)
    {
        await Administration.SetAssignmentsAsync(await Editing.ActorAsync((await Auth).User), member.Id, [.. lotIds ?? []]);
        Snackbar.Add(L["Staff.Assigned", member.Email], Severity.Success);
        await LoadAsync();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParkShare.Core.Staff;

namespace ParkShare.Core.Data;

/// <summary>Seeds the Admin and Operator roles with the schema, so start-up never has to create them.</summary>
internal sealed class ConsoleRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(
        new IdentityRole { Id = ConsoleRoles.AdminRoleId, Name = ConsoleRoles.Admin, NormalizedName = "ADMIN", ConcurrencyStamp = "admin-role" },
        new IdentityRole { Id = ConsoleRoles.OperatorRoleId, Name = ConsoleRoles.Operator, NormalizedName = "OPERATOR", ConcurrencyStamp = "operator-role" });
}

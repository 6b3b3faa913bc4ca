using Microsoft.AspNetCore.Authentication;

namespace Intranet.Users.Services;

public sealed class AccessTokenOptions : AuthenticationSchemeOptions
{
}

namespace Intranet.Security.Tests;

/// <summary>
/// THE one table of endpoints that are not "needs a permission in the request's tenant". Every endpoint the
/// application maps is either listed here, with a reason, or carries [Authorize] and is held to the generic
/// rule (anonymous: sign-in page or 401; another department's member and a member without the permission:
/// never a 2xx). An endpoint that is neither fails <see cref="AccessMatrixTests"/>: classify it here.
/// </summary>
public static class AccessClassification
{
    private const string SignInFlow = "part of signing in: no account yet";
    private const string MailClients = "mail client autoconfiguration: server names only, for any mail program";
    private const string OwnAccount = "the signed-in account's own settings, in any tenant";
    private const string OwnMailbox = "the signed-in account's own mailbox (webmail)";
    private const string ProvinceDirectory = "province directory: every account of the province reads it; field visibility is filtered per reader";
    private const string ApiDocs = "the API's OpenAPI description and its viewer: routes and shapes, no data";
    private const string LearnerPages = "the learning catalogue and the caller's own enrolments: province courses are for every civil servant; each course is checked by ILearningAccess (404 when the caller may not see it)";
    private const string WrongCodesLock = "five wrong TOTP codes lock the account and end all its sessions (S10): the administrator's would end partway through the run";

    public static IReadOnlyDictionary<string, Classification> Rows { get; } = new Dictionary<string, Classification>(StringComparer.Ordinal)
    {
        ["GET /healthz"] = new(Access.Public, "liveness probe for the load balancer: answers \"ok\", nothing else"),
        ["GET /health/live"] = new(Access.Public, "liveness probe for the load balancer: {\"status\":\"live\"}, nothing else"),
        ["GET /health/ready"] = new(Access.Public, "readiness probe for the load balancer: one word per check (database, migrations, started), no error text"),
        ["GET /culture"] = new(Access.Public, "sets the language cookie and redirects to a local URL"),
        ["GET /account/login"] = new(Access.Public, SignInFlow),
        ["POST /account/login"] = new(Access.Public, SignInFlow),
        ["GET /account/login/2fa"] = new(Access.Public, SignInFlow + " (the pending second-factor cookie is checked inside)"),
        ["POST /account/login/2fa"] = new(Access.Public, SignInFlow + " (the pending second-factor cookie is checked inside)"),
        ["POST /account/logout"] = new(Access.Public, "signing out needs no account", NoFuzz: "would end the fuzzing session"),
        ["GET /account/access-denied"] = new(Access.Public, "the 403 page: no data"),
        ["GET /account/forgot-password"] = new(Access.Public, "password recovery: the user cannot sign in"),
        ["POST /account/forgot-password"] = new(Access.Public, "password recovery: same answer for every email"),
        ["GET /account/reset-password"] = new(Access.Public, "password recovery: the emailed token is the credential"),
        ["POST /account/reset-password"] = new(Access.Public, "password recovery: the emailed token is the credential"),
        ["POST /api/auth/token"] = new(Access.Public, "issues a bearer token for an email and password"),
        ["GET /.well-known/autoconfig/mail/config-v1.1.xml"] = new(Access.Public, MailClients),
        ["GET /mail/config-v1.1.xml"] = new(Access.Public, MailClients),
        ["GET /autodiscover/autodiscover.xml"] = new(Access.Public, MailClients),
        ["POST /autodiscover/autodiscover.xml"] = new(Access.Public, MailClients, CsrfExempt: "reads the posted XML and answers server names; changes nothing and reads no cookie"),
        ["GET /mail/help"] = new(Access.Public, "how to set up a mail program: server names only"),
        ["GET /openapi/{documentName}.json"] = new(Access.Public, ApiDocs),
        ["GET /openapi"] = new(Access.Public, ApiDocs),
        ["GET /openapi/viewer/scalar.js"] = new(Access.Public, ApiDocs + " (the viewer's script, from the Scalar package)"),
        ["GET /openapi/viewer/start.js"] = new(Access.Public, ApiDocs + " (starts the viewer)"),
        ["GET /directory/typeahead"] = new(Access.Public, "the header search box: an empty list for anyone who may not read the directory"),
        ["GET /learning/verify/{serial}"] = new(Access.Public, "a certificate's QR code opens it for anyone: name, course, dates and state only; an unknown serial is a 404"),
        ["GET /api/learning/certificates/{serial}/verification"] = new(Access.Public, "the public certificate check as JSON: name, course, dates and state only"),

        ["GET /"] = new(Access.PublicOnHost, "the province portal's home is public; a department's home is for its members"),
        ["GET /news"] = new(Access.Member, "site news: members of the tenant (any account on the province portal)"),
        ["GET /news/{slug}"] = new(Access.Member, "site news: members of the tenant (any account on the province portal)"),
        ["GET /pages/{slug}"] = new(Access.Member, "site pages: members of the tenant (any account on the province portal)"),
        ["GET /api/directory/units"] = new(Access.Member, "a department's directory is read by its members"),
        ["GET /api/directory/units/{id}"] = new(Access.Member, "a department's directory is read by its members"),
        ["GET /api/directory/people"] = new(Access.Member, "a department's directory is read by its members"),
        ["GET /api/directory/people/{id}"] = new(Access.Member, "a department's directory is read by its members"),
        ["GET /api/directory/search"] = new(Access.Member, "a department's directory is read by its members"),

        ["GET /account"] = new(Access.SignedIn, OwnAccount),
        ["GET /account/change-password"] = new(Access.SignedIn, OwnAccount),
        ["POST /account/change-password"] = new(Access.SignedIn, OwnAccount),
        ["GET /account/two-factor"] = new(Access.SignedIn, OwnAccount),
        ["GET /account/two-factor/qr"] = new(Access.SignedIn, OwnAccount),
        ["POST /account/two-factor/enable"] = new(Access.SignedIn, OwnAccount),
        ["POST /account/two-factor/disable"] = new(Access.SignedIn, OwnAccount, FuzzAsMember: WrongCodesLock),
        ["POST /account/two-factor/recovery-codes"] = new(Access.SignedIn, OwnAccount, FuzzAsMember: WrongCodesLock),
        ["GET /api/auth/me"] = new(Access.SignedIn, "who the caller is and what it may do in this tenant"),
        ["GET /learning/certificates"] = new(Access.SignedIn, "the signed-in learner's own certificates"),
        ["GET /api/learning/certificates"] = new(Access.SignedIn, "the signed-in learner's own certificates"),
        ["GET /learning"] = new(Access.SignedIn, LearnerPages),
        ["GET /learning/my"] = new(Access.SignedIn, LearnerPages),
        ["GET /learning/courses/{id}"] = new(Access.SignedIn, LearnerPages),
        ["POST /learning/courses/{id}/enrol"] = new(Access.SignedIn, LearnerPages + " (self-enrolment)"),
        ["GET /learning/courses/{id}/lessons/{lessonId}"] = new(Access.SignedIn, LearnerPages + " (enrolled learners and the course's trainers)"),
        ["POST /learning/courses/{id}/lessons/{lessonId}/done"] = new(Access.SignedIn, LearnerPages + " (the caller's own progress)"),
        ["GET /learning/courses/{id}/lessons/{lessonId}/file"] = new(Access.SignedIn, LearnerPages + " (enrolled learners and the course's trainers)"),
        ["GET /api/learning/courses"] = new(Access.SignedIn, LearnerPages),
        ["GET /api/learning/courses/{id}"] = new(Access.SignedIn, LearnerPages),
        ["POST /api/learning/courses/{id}/enrolments"] = new(Access.SignedIn, LearnerPages + " (self-enrolment; enrolling someone else needs EnrolLearners)"),
        ["GET /api/learning/me/enrolments"] = new(Access.SignedIn, LearnerPages),
        ["GET /directory-profile"] = new(Access.SignedIn, "the signed-in account's own directory entry"),
        ["POST /directory-profile"] = new(Access.SignedIn, "the signed-in account's own directory entry"),
        ["POST /directory-profile/photo"] = new(Access.SignedIn, "the signed-in account's own directory photo"),
        ["GET /directory"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/chart"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/csv"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/vcard"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/{unit}"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/{unit}/csv"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/{unit}/vcard"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/people/{id}"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/people/{id}/photo"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /directory/{tenant}/people/{id}/vcard"] = new(Access.SignedIn, ProvinceDirectory),
        ["GET /webmail"] = new(Access.SignedIn, OwnMailbox),
        ["GET /webmail/read"] = new(Access.SignedIn, OwnMailbox),
        ["GET /webmail/body"] = new(Access.SignedIn, OwnMailbox),
        ["GET /webmail/inline"] = new(Access.SignedIn, OwnMailbox),
        ["GET /webmail/attachment"] = new(Access.SignedIn, OwnMailbox),
        ["GET /webmail/compose"] = new(Access.SignedIn, OwnMailbox),
        ["POST /webmail/send"] = new(Access.SignedIn, OwnMailbox),
        ["POST /webmail/seen"] = new(Access.SignedIn, OwnMailbox),
        ["POST /webmail/move"] = new(Access.SignedIn, OwnMailbox),
        ["POST /webmail/delete"] = new(Access.SignedIn, OwnMailbox),
    };

    public static Classification? Find(AppEndpoint endpoint) => Rows.GetValueOrDefault(endpoint.Key);

    public static Access AccessOf(AppEndpoint endpoint) => Find(endpoint)?.Access ?? Access.Permission;
}

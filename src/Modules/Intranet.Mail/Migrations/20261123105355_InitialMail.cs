using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Intranet.Mail.Migrations
{
    /// <inheritdoc />
    public partial class InitialMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mail_domain",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false, collation: "NOCASE"),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    max_mailboxes = table.Column<int>(type: "INTEGER", nullable: false),
                    max_aliases = table.Column<int>(type: "INTEGER", nullable: false),
                    default_quota_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    address_pattern = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_domain", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mail_domain_tenant",
                columns: table => new
                {
                    tenant_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    domain_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_domain_tenant", x => x.tenant_name);
                    table.ForeignKey(
                        name: "FK_mail_domain_tenant_mail_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "mail_domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_list",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    domain_id = table.Column<int>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    tenant_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    unit_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_list", x => x.id);
                    table.ForeignKey(
                        name: "FK_mail_list_mail_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "mail_domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mail_mailbox",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    domain_id = table.Column<int>(type: "INTEGER", nullable: false),
                    local_part = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "NOCASE"),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    tenant_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    quota_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    auto_reply = table.Column<bool>(type: "INTEGER", nullable: false),
                    auto_reply_subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    auto_reply_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    forward_to = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    app_passwords_only = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    disabled_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_webmail_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_mailbox", x => x.id);
                    table.ForeignKey(
                        name: "FK_mail_mailbox_mail_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "mail_domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mail_alias",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    domain_id = table.Column<int>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    destination = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    list_id = table.Column<int>(type: "INTEGER", nullable: true),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_alias", x => x.id);
                    table.ForeignKey(
                        name: "FK_mail_alias_mail_domain_domain_id",
                        column: x => x.domain_id,
                        principalTable: "mail_domain",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mail_alias_mail_list_list_id",
                        column: x => x.list_id,
                        principalTable: "mail_list",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_app_password",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mailbox_id = table.Column<int>(type: "INTEGER", nullable: false),
                    slot = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_app_password", x => x.id);
                    table.ForeignKey(
                        name: "FK_mail_app_password_mail_mailbox_mailbox_id",
                        column: x => x.mailbox_id,
                        principalTable: "mail_mailbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_send_as",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    mailbox_id = table.Column<int>(type: "INTEGER", nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_send_as", x => x.id);
                    table.ForeignKey(
                        name: "FK_mail_send_as_mail_mailbox_mailbox_id",
                        column: x => x.mailbox_id,
                        principalTable: "mail_mailbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mail_alias_address_destination",
                table: "mail_alias",
                columns: new[] { "address", "destination" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_alias_destination",
                table: "mail_alias",
                column: "destination");

            migrationBuilder.CreateIndex(
                name: "IX_mail_alias_domain_id",
                table: "mail_alias",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_alias_list_id",
                table: "mail_alias",
                column: "list_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_app_password_mailbox_id_slot",
                table: "mail_app_password",
                columns: new[] { "mailbox_id", "slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_domain_domain",
                table: "mail_domain",
                column: "domain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_domain_tenant_domain_id",
                table: "mail_domain_tenant",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_list_address",
                table: "mail_list",
                column: "address",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_list_domain_id",
                table: "mail_list",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_list_tenant_name_unit_id",
                table: "mail_list",
                columns: new[] { "tenant_name", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "IX_mail_mailbox_account_id",
                table: "mail_mailbox",
                column: "account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_mailbox_domain_id",
                table: "mail_mailbox",
                column: "domain_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_mailbox_email",
                table: "mail_mailbox",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_mailbox_tenant_name",
                table: "mail_mailbox",
                column: "tenant_name");

            migrationBuilder.CreateIndex(
                name: "IX_mail_send_as_address_mailbox_id",
                table: "mail_send_as",
                columns: new[] { "address", "mailbox_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_send_as_mailbox_id",
                table: "mail_send_as",
                column: "mailbox_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mail_alias");

            migrationBuilder.DropTable(
                name: "mail_app_password");

            migrationBuilder.DropTable(
                name: "mail_domain_tenant");

            migrationBuilder.DropTable(
                name: "mail_send_as");

            migrationBuilder.DropTable(
                name: "mail_list");

            migrationBuilder.DropTable(
                name: "mail_mailbox");

            migrationBuilder.DropTable(
                name: "mail_domain");
        }
    }
}

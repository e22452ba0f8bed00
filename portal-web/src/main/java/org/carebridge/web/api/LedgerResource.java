package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.core.persistence.Page;
import org.carebridge.funding.ledger.boundary.AccountView;
import org.carebridge.funding.ledger.boundary.EntryView;
import org.carebridge.funding.ledger.boundary.Journal;
import org.carebridge.funding.ledger.boundary.LedgerCheck;

import java.util.List;

/** The tenant's ledger: accounts and balances, the journal (paged, optionally one account's), the rebuild check. */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    Journal journal;

    @GET
    @Path("accounts")
    public List<AccountView> accounts() {
        return journal.accounts();
    }

    @GET
    @Path("entries")
    public Paged<EntryView> entries(@QueryParam("account") Long account, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return Paged.of(journal.entries(account, Page.offset(offset), Page.limit(limit)));
    }

    /** Rebuilds the balances from the journal and compares them with the stored ones. */
    @GET
    @Path("check")
    public LedgerCheck check() {
        return journal.check();
    }
}

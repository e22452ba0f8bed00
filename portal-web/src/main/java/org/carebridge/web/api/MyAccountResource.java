package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.core.account.boundary.MyAccount;

/** The caller's own account: password and second factor (also reachable while they are still owed). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAccountResource {

    @Inject
    MyAccount account;

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record Code(String code) {
    }

    public record Password(String password) {
    }

    public record Enrolment(String otpauthUri) {
    }

    @POST
    @Path("password")
    public Response changePassword(PasswordChange body) {
        Inputs.required(body);
        account.changePassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("second-factor")
    public Enrolment startSecondFactor() {
        return new Enrolment(account.startSecondFactor());
    }

    @POST
    @Path("second-factor/confirm")
    public Response confirmSecondFactor(Code body) {
        account.confirmSecondFactor(Inputs.required(body).code());
        return Response.noContent().build();
    }

    @DELETE
    @Path("second-factor")
    public Response removeSecondFactor(Password body) {
        account.removeSecondFactor(Inputs.required(body).password());
        return Response.noContent().build();
    }
}

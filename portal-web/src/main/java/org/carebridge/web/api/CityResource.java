package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.care.figures.boundary.CityFigures;
import org.carebridge.care.figures.boundary.DistrictFigures;

import java.util.List;

/** The city bureau's figures per district (counts only). */
@Path("city")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {

    @Inject
    CityFigures figures;

    @GET
    @Path("figures")
    public List<DistrictFigures> figures() {
        return figures.perDistrict();
    }
}

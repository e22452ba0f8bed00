package org.carebridge.care.service.boundary;

import org.carebridge.core.value.ServiceType;

/** A service to record, as a form or a request body gives it. */
public record NewService(Long childId, ServiceType type, String deliveredOn, Integer durationMinutes,
                         String providerName, String staff, String outcome, String notes) {
}
